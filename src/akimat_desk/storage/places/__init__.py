"""Storage of places, routes, no-picket zones, bookings and filing-to-place links."""
