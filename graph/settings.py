"""Settings from the environment (and an optional `.env`), in one pydantic-settings object."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir
from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Connection and runtime settings; an unset `NEO4J_URI` means the managed local Neo4j."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(default=None, validation_alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", validation_alias="NEO4J_USER")
    neo4j_password: SecretStr | None = Field(default=None, validation_alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", validation_alias="NEO4J_DATABASE")
    data_dir: Path = Field(
        default_factory=lambda: Path(user_data_dir("netwerkkaart")),
        validation_alias="NETWERKKAART_DATA_DIR",
    )
    cache_dir: Path = Field(
        default_factory=lambda: Path(user_cache_dir("netwerkkaart")),
        validation_alias="NETWERKKAART_CACHE_DIR",
    )
    bolt_port: int | None = Field(default=None, validation_alias="NETWERKKAART_BOLT_PORT")
    java: str | None = Field(
        default=None, validation_alias=AliasChoices("NETWERKKAART_JAVA", "JAVA")
    )
    maven: str = Field(default="mvn", validation_alias="NETWERKKAART_MAVEN")
    # One ingest is one transaction: a city-size file needs ~2 GiB of transaction memory (70 % of heap).
    heap: str = Field(default="3g", validation_alias="NETWERKKAART_NEO4J_HEAP")
    pagecache: str = Field(default="256m", validation_alias="NETWERKKAART_NEO4J_PAGECACHE")
    # Extra options for the managed server's JVM, space-separated (the test suite asks for a quick start).
    jvm_options: str = Field(default="", validation_alias="NETWERKKAART_JVM_OPTIONS")
    # How long a browser's page waits for an analysis before it is shown "being computed" instead.
    page_wait: float = Field(default=1.5, validation_alias="NETWERKKAART_PAGE_WAIT")
    # Compute today's pages when the app starts and after each data change (off: only when asked).
    warm_up: bool = Field(default=True, validation_alias="NETWERKKAART_WARM_UP")
    # A record not confirmed for more months than this is stale ("verouderd"; graph/freshness.py).
    stale_months: int = Field(default=12, ge=1, le=240, validation_alias="NETWERKKAART_STALE_MONTHS")
    connect_timeout: float = Field(default=10.0, validation_alias="NETWERKKAART_CONNECT_TIMEOUT")
    # Signs sessions and keys pseudonyms; unset = generated once into `<data_dir>/secret`.
    secret_key: SecretStr | None = Field(default=None, validation_alias="NETWERKKAART_SECRET_KEY")
    # Addresses of reverse proxies whose X-Forwarded-For/-Proto `serve` believes (comma-separated, or
    # "*"); unset = none, so no client can pick the address the audit log and the login throttle see.
    forwarded_allow_ips: str | None = Field(default=None, validation_alias="NETWERKKAART_FORWARDED_ALLOW_IPS")

    @property
    def managed(self) -> bool:
        """Return True when netwerkkaart runs its own local Neo4j (no `NEO4J_URI`)."""
        return not self.neo4j_uri
