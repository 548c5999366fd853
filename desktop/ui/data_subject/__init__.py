"""The parts of the data-subject dialog (UU 27/2022): find a person, retention, what we hold."""
