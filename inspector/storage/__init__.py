"""Storage: SQLite (sqlite-utils) and content-addressed evidence files. The only place with SQL."""

from inspector.storage.blobs import BlobStore
from inspector.storage.migrations import LATEST as SCHEMA_VERSION
from inspector.storage.store import UNSET, IntegrityProblem, Store

__all__ = ["SCHEMA_VERSION", "UNSET", "BlobStore", "IntegrityProblem", "Store"]
