#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""A real SMTP server on loopback for the notification tests (Debian's
python3-aiosmtpd): every message it accepts is written to DIR as
NNNN.eml, its envelope first (X-Envelope-From, X-Envelope-To), then the
message as received. With --user and --password-file it offers AUTH
(PLAIN, LOGIN) without TLS and refuses mail from a client that did not
log in. --port 0 picks a free port. Once it listens, the port is written to
DIR/port. Runs until it is terminated."""

import argparse
import os
import signal
import socket
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            taken = [n for n in os.listdir(self.folder) if n.endswith(".eml")]
            name = os.path.join(self.folder, "%04d.eml" % (len(taken) + 1))
            head = "X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n" % (
                envelope.mail_from, ", ".join(envelope.rcpt_tos))
            with open(name + ".part", "wb") as f:
                f.write(head.encode("utf-8"))
                f.write(envelope.original_content or envelope.content)
            os.rename(name + ".part", name)
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password-file")
    args = parser.parse_args()

    port = args.port
    if port == 0:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]

    options = {}
    if args.user:
        with open(args.password_file, encoding="utf-8") as f:
            password = f.readline().rstrip("\r\n").encode("utf-8")
        user = args.user.encode("utf-8")

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user
                  and auth_data.password == password)
            return AuthResult(success=ok, handled=False)

        options = dict(authenticator=authenticator, auth_required=True,
                       auth_require_tls=False)

    controller = Controller(Sink(args.dir), hostname="127.0.0.1", port=port, **options)
    controller.start()
    with open(os.path.join(args.dir, "port.part"), "w") as f:
        f.write(str(port))
    os.rename(os.path.join(args.dir, "port.part"), os.path.join(args.dir, "port"))

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
