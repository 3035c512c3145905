"""The dock's choices, remembered in the project file (scope "carbonsink")."""

from __future__ import annotations

from qgis.core import QgsProject

SCOPE = "carbonsink"


class ProjectMemory:
    """Read and write the dock's choices in a project (QgsProject entries)."""

    def __init__(self, project: QgsProject):
        self.project = project

    def read(self, key: str) -> str | None:
        value, ok = self.project.readEntry(SCOPE, key, "")
        return value if ok and value else None

    def read_list(self, key: str) -> list:
        value, ok = self.project.readListEntry(SCOPE, key)
        return list(value) if ok else []

    def write(self, key: str, value) -> None:
        """Remember value (str or list of str); None forgets the key."""
        if value is None or value == [] or value == "":
            self.project.removeEntry(SCOPE, key)
        elif isinstance(value, (list, tuple)):
            self.project.writeEntry(SCOPE, key, [str(item) for item in value])
        else:
            self.project.writeEntry(SCOPE, key, str(value))

    # The keys, in one place.
    @staticmethod
    def step_key() -> str:
        return "dock/step"

    @staticmethod
    def output_folder_key() -> str:
        return "dock/output_folder"

    @staticmethod
    def algorithm_key(group_id: str) -> str:
        return f"steps/{group_id}/algorithm"

    @staticmethod
    def input_key(algorithm_name: str, parameter_name: str) -> str:
        return f"inputs/{algorithm_name}/{parameter_name}"

    @staticmethod
    def year_key() -> str:
        return "dock/year"
