"""The app's screens: main, help, export dialog, source picker."""
