"""Who is calling the web app and what they may do: rules, sessions, login throttle, the guard."""
