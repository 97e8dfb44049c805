import socket
import ssl


def connect(host):
    # ruleid: python-ssl-context -> TLS function=other
    context = ssl.create_default_context()
    # ruleid: python-ssl-context -> TLS
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile="ca.pem")
    # ok: python-ssl-context
    sock = context.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
    # ok: python-ssl-context
    other = httpx.create_default_context()
    return sock, server, other
