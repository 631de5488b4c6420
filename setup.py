"""Only what pyproject.toml cannot say: the packages are inspector*, ui* and `inspector_resources`,
the folder resources/ under another name ([tool.setuptools.package-dir] in pyproject.toml).
`packages.find` only finds packages by their folder's name, so it cannot list that one."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["inspector", "inspector.*", "ui", "ui.*"]), "inspector_resources"])
