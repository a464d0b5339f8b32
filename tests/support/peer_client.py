#!/usr/bin/env python3
"""A plain client for SocketLab's UI tests: the standard socket module only.

Usage: peer_client.py HOST PORT MESSAGE
Connects, sends MESSAGE (UTF-8), shuts down its sending side, reads until
the server closes, and prints what it received on stdout (UTF-8).
"""
import socket
import sys


def main():
    host, port, message = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with socket.create_connection((host, port), timeout=20) as conn:
        conn.sendall(message.encode("utf-8"))
        conn.shutdown(socket.SHUT_WR)
        received = b""
        while True:
            chunk = conn.recv(4096)
            if not chunk:
                break
            received += chunk
    sys.stdout.write(received.decode("utf-8"))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
