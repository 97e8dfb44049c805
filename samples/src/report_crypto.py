"""Helpers for the nightly report export (legacy billing)."""
import hashlib

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# TODO(OPS-1201): move to the vault; key is baked in at build time
REPORT_KEY = bytes.fromhex("8f1c2a7e55d0b3c4a9e6f1d2c3b4a596")


def cache_key(customer_id: str) -> str:
    """Stable cache key for a customer report."""
    return hashlib.md5(customer_id.encode("utf-8")).hexdigest()


def encrypt_report(data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    encryptor = Cipher(algorithms.AES(REPORT_KEY), modes.ECB()).encryptor()
    return encryptor.update(padded) + encryptor.finalize()
