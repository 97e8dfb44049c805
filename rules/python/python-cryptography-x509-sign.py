import datetime

from cryptography import x509
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.x509.oid import NameOID


def issue(key, subject, issuer):
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime.datetime.utcnow())
        .not_valid_after(datetime.datetime.utcnow() + datetime.timedelta(days=10))
        # ruleid: python-cryptography-x509-sign -> SHA-256 function=sign
        .sign(key, hashes.SHA256(), default_backend())
    )
    csr = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "example.com")])
    # ruleid: python-cryptography-x509-sign -> SHA-1
    ).sign(key, hashes.SHA1())
    builder = x509.CertificateRevocationListBuilder()
    # ruleid: python-cryptography-x509-sign -> SHA-512
    crl = builder.sign(private_key=key, algorithm=hashes.SHA512(), backend=default_backend())
    # ok: python-cryptography-x509-sign
    sig = key.sign(b"data", padding.PKCS1v15(), hashes.SHA256())
    # ruleid: python-cryptography-x509-sign -> SHA-384
    crl2 = builder.sign(key, algorithm=hashes.SHA384())
    # ok: python-cryptography-x509-sign
    kw = key.sign(data=b"data", padding=padding.PKCS1v15(), algorithm=hashes.SHA256())
    # ok: python-cryptography-x509-sign
    ed = builder.sign(key, None)
    return cert, csr, crl, crl2, sig, kw, ed
