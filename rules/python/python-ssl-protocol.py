import socket
import ssl

from OpenSSL import SSL


def connect(host):
    # ruleid: python-ssl-protocol -> TLS-1.0 function=other
    legacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    # ruleid: python-ssl-protocol -> TLS
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: python-ssl-protocol -> TLS-1.2
    client.minimum_version = ssl.TLSVersion.TLSv1_2
    # ruleid: python-ssl-protocol -> SSL-3.0
    wrapped = ssl.wrap_socket(socket.socket(), ssl_version=ssl.PROTOCOL_SSLv3)
    # ruleid: python-ssl-protocol -> TLS-1.1
    ctx = SSL.Context(SSL.TLSv1_1_METHOD)
    # ruleid: python-ssl-protocol -> TLS
    any_version = SSL.Context(SSL.SSLv23_METHOD)
    # ok: python-ssl-protocol
    client.options |= ssl.OP_NO_TLSv1
    # ok: python-ssl-protocol
    newest = ssl.TLSVersion.MAXIMUM_SUPPORTED
    return legacy, client, wrapped, ctx, any_version, newest
