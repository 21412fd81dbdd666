import pytest


@pytest.fixture(autouse=True)
def _use_fake_compiler(fake_compiler):
    """These tests exercise the host side only: see tests/conftest.py."""
