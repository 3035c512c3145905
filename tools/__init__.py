"""Developer tools that are not part of the shipped plugin (the sample-data generator)."""
