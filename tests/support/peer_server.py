#!/usr/bin/env python3
"""A plain server for SocketLab's UI tests: the standard socket module only.

Usage: peer_server.py REPLY
Listens on 127.0.0.1 with a port the kernel picks, prints that port on one
line, accepts one client, reads until a newline arrives (or EOF), sends
REPLY (UTF-8), closes, and prints what it had received.
"""
import socket
import sys


def main():
    reply = sys.argv[1].encode("utf-8")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(20)
        print(listener.getsockname()[1], flush=True)
        conn, _ = listener.accept()
        with conn:
            conn.settimeout(20)
            received = b""
            while b"\n" not in received:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                received += chunk
            conn.sendall(reply)
    print(received.decode("utf-8"), end="", flush=True)


if __name__ == "__main__":
    main()
