"""Small reusable widgets and presentation helpers of the window."""
