"""Setting a desk up from IT staff's provisioning file in the interface: the first-run step of
the set-up page, Settings › Apply a configuration file, and exporting the desk's configuration
for the next desk."""
