"""Places: specialized places and routes, no-picket zones, bookings, the legal checks, the occupancy board."""
