"""Where an account's password lives: the system keyring, or this session only.

Never in the database or a settings file. On a machine with no keyring
backend (usual on a headless one) the command line reads the password from
standard input and the window asks once per session (:func:`remember`).
"""
from __future__ import annotations

_SERVICE = "Hearth CardDAV"
_session: dict[str, str] = {}


def _keyring():
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a dependency; tolerated if missing
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken backend is no backend
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def has_keyring() -> bool:
    return _keyring() is not None


def _key(account: str, user: str) -> str:
    return f"{account}:{user}"


def lookup(account: str, user: str) -> str | None:
    """The password remembered this session or kept in the keyring, if any."""
    if _key(account, user) in _session:
        return _session[_key(account, user)]
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(_SERVICE, _key(account, user))
    except Exception:  # noqa: BLE001 - a locked keyring: ask instead
        return None


def remember(account: str, user: str, password: str) -> bool:
    """Keep the password for this session, and in the keyring where there is one;
    True when the keyring took it."""
    _session[_key(account, user)] = password
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(_SERVICE, _key(account, user), password)
        return True
    except Exception:  # noqa: BLE001 - no keyring after all: this session only
        return False


def forget(account: str, user: str) -> None:
    _session.pop(_key(account, user), None)
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(_SERVICE, _key(account, user))
        except Exception:  # noqa: BLE001 - nothing stored is fine
            pass
