#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
"""Fidelity of winrm_peer.py, proven with a third-party client: Debian's python3-winrm (0.3.0 in Debian 12).

Starts the peer on 127.0.0.1 (HTTP, and HTTPS with a self-signed pair made by openssl), drives it with
winrm.Session.run_cmd/run_ps and the low-level winrm.Protocol, checks every envelope the peer wrote against the rules
Windows follows, compares a few with the recorded Windows responses in data/windows/, and stops it by PID.
"""

import base64
import http.client
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
import winrm_peer  # noqa: E402

# Only loopback: no proxy. python3-winrm 0.3.0 lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override
# server_cert_validation='ignore' (requests' environment merge), so the TLS tests clear them too.
for variable in (
    "http_proxy",
    "https_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "all_proxy",
    "ALL_PROXY",
    "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE",
):
    os.environ.pop(variable, None)
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

try:
    import requests
    import winrm
    import xmltodict
    from winrm.exceptions import InvalidCredentialsError, WinRMError, WinRMTransportError
except ImportError as error:  # pragma: no cover - a broken install is a failure, not a skip
    sys.exit(
        "python3-winrm is missing (%s): installer/dev-setup.sh installs it (installer/debian-packages.txt)" % error
    )

ADMIN = ("Administrator", "Adm1n!pass")
OPERATOR = ("operator", "0perator!")
NS = winrm_peer.NS
UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
BIG_LINE = "0123456789 The quick brown fox jumps over the lazy dog. ABCDEFGHIJKLMNOPQRSTUVWXYZ\n"
BIG_TEXT = BIG_LINE * 4000  # ~350 KB: more than two 150 KB envelopes


def write_scenario(directory):
    """data/scenario-basic.json plus a large answer, written to directory."""
    with open(os.path.join(HERE, "data", "scenario-basic.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    data["answers"].append({"name": "big", "match": {"command": "type C:\\big.log"}, "stdout": BIG_TEXT})
    path = os.path.join(directory, "scenario.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False)
    return path


class PeerProcess:
    """winrm_peer.py as a child process on 127.0.0.1; stopped by its PID."""

    def __init__(self, directory, scenario, name, tls=None):
        self.log_path = os.path.join(directory, name + ".log")
        port_file = os.path.join(directory, name + ".port")
        argv = [sys.executable, os.path.join(HERE, "winrm_peer.py"), "--scenario", scenario, "--port", "0"]
        argv += ["--port-file", port_file, "--log", self.log_path]
        if tls:
            argv += ["--tls-cert", tls[0], "--tls-key", tls[1]]
        self.process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while not os.path.exists(port_file):
            if self.process.poll() is not None or time.monotonic() > deadline:
                out, err = self.process.communicate(timeout=5)
                raise RuntimeError("peer did not start: %r %r" % (out, err))
            time.sleep(0.05)
        with open(port_file, encoding="ascii") as handle:
            self.port = int(handle.read().strip())
        self.scheme = "https" if tls else "http"
        self.endpoint = "%s://127.0.0.1:%d/wsman" % (self.scheme, self.port)

    def log_lines(self):
        with open(self.log_path, encoding="utf-8") as handle:
            return handle.read().splitlines()

    def open_shells(self):
        """The open shell count in the peer's last log line that tells it."""
        for line in reversed(self.log_lines()):
            found = re.search(r"open_shells=(\d+)", line)
            if found:
                return int(found.group(1))
        return 0

    def stop(self):
        """SIGTERM by PID; returns (exit code, stdout, stderr)."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
        try:
            out, err = self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGKILL)
            out, err = self.process.communicate(timeout=5)
        return self.process.returncode, out, err


class Recorder:
    """Wraps a winrm.Protocol's transport: keeps every (request, response text, HTTP status) it exchanged."""

    def __init__(self, protocol):
        self.exchanges = []
        transport = protocol.transport
        original = transport._send_message_request

        def text(data):
            return data.decode("utf-8") if isinstance(data, bytes) else (data or "")

        def capture(prepared_request, message):
            try:
                response = original(prepared_request, message)
            except WinRMTransportError as error:
                self.exchanges.append((text(message), text(error.response_text), error.code))
                raise
            self.exchanges.append((text(message), text(response.content), response.status_code))
            return response

        transport._send_message_request = capture


def message_id(request):
    """The request's a:MessageID; None for a request that is not XML (its fault then has no RelatesTo)."""
    try:
        root = ET.fromstring(request.encode("utf-8"))
    except ET.ParseError:
        return None
    return root.findtext("{%s}Header/{%s}MessageID" % (NS["s"], NS["a"]))


def canonical(text):
    """(namespace declarations, element tree) with ids, host:port and MessageIDs made comparable."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    decls = [ns for _event, ns in ET.iterparse(io.BytesIO(data), events=("start-ns",))]
    root = ET.fromstring(data)

    def norm(value):
        value = UUID_RE.sub("UUID", value or "")
        return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", value).strip()

    def walk(element):
        attributes = sorted((key, norm(value)) for key, value in element.attrib.items())
        return (element.tag, attributes, norm(element.text), [walk(child) for child in element])

    return decls, walk(root)


class PeerTestCase(unittest.TestCase):
    """One peer for the class (HTTPS when tls); each test checks every envelope its clients got and that no shell is
    left open."""

    tls = False

    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.mkdtemp(prefix="winrm-peer-")
        cls.scenario = write_scenario(cls.directory)
        pair = None
        if cls.tls:
            cls.cert, cls.other_cert = make_certificate(cls.directory, "peer"), make_certificate(cls.directory, "other")
            pair = (cls.cert, os.path.join(cls.directory, "peer-key.pem"))
        cls.peer = PeerProcess(cls.directory, cls.scenario, "https" if cls.tls else "http", tls=pair)

    @classmethod
    def tearDownClass(cls):
        code, out, err = cls.peer.stop()
        lines = cls.peer.log_lines()
        shutil.rmtree(cls.directory, ignore_errors=True)
        last = lines[-1]
        bugs = [line for line in lines if "PEER BUG" in line]
        if code != 0 or err or "stop open_shells=0" not in last or bugs:
            raise AssertionError("peer stop: exit %s, stderr %r, last log line %r, %r" % (code, err, last, bugs))

    def setUp(self):
        self.recorders = []

    def tearDown(self):
        for recorder in self.recorders:
            for request, response, status in recorder.exchanges:
                if not response:
                    continue
                try:
                    winrm_peer.check_envelope(response, relates_to=message_id(request))
                except (winrm_peer.EnvelopeError, ET.ParseError) as error:
                    self.fail("envelope not as Windows writes it (%s): %s" % (error, response[:400]))
                self.assertIn(status, (200, 500))
        self.assertEqual(self.peer.open_shells(), 0, "a shell was left open")

    def session(self, auth=ADMIN, transport="basic", **options):
        options.setdefault("operation_timeout_sec", 2)
        options.setdefault("read_timeout_sec", 4)
        session = winrm.Session(self.peer.endpoint, auth=auth, transport=transport, **options)
        self.recorders.append(Recorder(session.protocol))
        self.addCleanup(close_session, session)
        return session

    def protocol(self, auth=ADMIN, **options):
        return self.session(auth, **options).protocol

    def raw_request(
        self, protocol, action, shell_id=None, body=None, resource_uri=winrm_peer.CMD_RESOURCE_URI, max_envelope=None
    ):
        """An envelope built with pywinrm's own header code, sent through its transport."""
        request = {
            "env:Envelope": protocol._get_soap_header(resource_uri=resource_uri, action=action, shell_id=shell_id)
        }
        if max_envelope is not None:
            request["env:Envelope"]["env:Header"]["w:MaxEnvelopeSize"]["#text"] = str(max_envelope)
        request["env:Envelope"]["env:Body"] = body or {}
        return protocol.send_message(xmltodict.unparse(request))


class RunCmdTest(PeerTestCase):
    def test_ipconfig_all(self):
        response = self.session().run_cmd("ipconfig", ["/all"])
        self.assertEqual(response.status_code, 0)
        self.assertTrue(response.std_out.startswith(b"\r\nWindows IP Configuration\r\n\r\n   Host Name"))
        self.assertIn(b"IPv4 Address. . . . . . . . . . . : 10.0.2.15(Preferred)\r\n", response.std_out)
        self.assertNotIn(b"\n\n", response.std_out.replace(b"\r\n", b"|"))
        self.assertEqual(response.std_err, b"")

    def test_stderr_and_non_zero_exit(self):
        session = self.session()
        response = session.run_cmd("dir", ["C:\\nope"])
        self.assertEqual(response.status_code, 1)
        self.assertTrue(response.std_out.startswith(b" Volume in drive C has no label.\r\n"))
        self.assertEqual(response.std_err, b"File Not Found\r\n")
        response = session.run_cmd("net user nosuchuser")
        self.assertEqual(response.status_code, 2)
        self.assertEqual(response.std_out, b"")
        self.assertTrue(response.std_err.startswith(b"The user name could not be found.\r\n"))

    def test_unmatched_command_answers_like_cmd_exe(self):
        response = self.session().run_cmd("frobnicate", ["--all"])
        self.assertEqual(response.status_code, 1)
        self.assertEqual(
            response.std_err,
            b"'frobnicate' is not recognized as an internal or external command,\r\n"
            b"operable program or batch file.\r\n",
        )

    def test_long_poll_timed_out_fault_is_retried(self):
        before = sum("fault=w:TimedOut" in line for line in self.peer.log_lines())
        started = time.monotonic()
        response = self.session(operation_timeout_sec=2, read_timeout_sec=4).run_cmd("ping", ["-n", "4", "127.0.0.1"])
        elapsed = time.monotonic() - started
        self.assertEqual(response.status_code, 0)
        self.assertIn(b"Reply from 127.0.0.1: bytes=32 time<1ms TTL=128\r\n", response.std_out)
        self.assertGreaterEqual(elapsed, 4.5)
        after = sum("fault=w:TimedOut" in line for line in self.peer.log_lines())
        self.assertGreaterEqual(after - before, 1, "the 4.5 s command outlasts a 2 s OperationTimeout")
        faults = [r for rec in self.recorders for _q, r, status in rec.exchanges if status == 500]
        self.assertTrue(faults)
        decls, tree = canonical(faults[0])
        expected = canonical(read_recorded("fault-timed-out.xml"))
        self.assertEqual((decls, tree), expected)

    def test_chunked_output_arrives_while_running(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell()
        try:
            command_id = protocol.run_command(shell_id, "type", ["C:\\Windows\\System32\\drivers\\etc\\hosts"])
            first = protocol._raw_get_command_output(shell_id, command_id)
            self.assertEqual(first[0], b"# Copyright (c) 1993-2009 Microsoft Corp.\r\n")
            self.assertFalse(first[3], "the first chunk comes while the command runs")
            out, err, code = protocol.get_command_output(shell_id, command_id)
            self.assertEqual(
                first[0] + out,
                (
                    b"# Copyright (c) 1993-2009 Microsoft Corp.\r\n#\r\n"
                    b"# C:\\Windows\\System32\\drivers\\etc\\hosts\r\n"
                    b"127.0.0.1 localhost\r\n"
                ),
            )
            self.assertEqual(code, 0)
            protocol.cleanup_command(shell_id, command_id)
        finally:
            protocol.close_shell(shell_id)
        running = [r for _q, r, _s in self.recorders[0].exchanges if "CommandState/Running" in r][0]
        self.assertEqual(canonical(running), canonical(read_recorded("receive-response-running.xml")))

    def test_output_larger_than_max_envelope_comes_in_several_receives(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell()
        try:
            command_id = protocol.run_command(shell_id, "type C:\\big.log")
            out, err, code = protocol.get_command_output(shell_id, command_id)
            protocol.cleanup_command(shell_id, command_id)
        finally:
            protocol.close_shell(shell_id)
        self.assertEqual(out, BIG_TEXT.replace("\n", "\r\n").encode("ascii"))
        self.assertEqual(code, 0)
        receives = [r for q, r, _s in self.recorders[0].exchanges if "/shell/Receive<" in q]
        self.assertGreaterEqual(len(receives), 3)
        for response in receives:
            self.assertLessEqual(len(response.encode("utf-8")), protocol.max_env_sz)

    def test_streams_keep_the_order_they_were_written_in(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell()
        try:
            command_id = protocol.run_command(shell_id, "cmd", ["/c", "build.cmd"])
            out, err, code = protocol.get_command_output(shell_id, command_id)
            protocol.cleanup_command(shell_id, command_id)
        finally:
            protocol.close_shell(shell_id)
        self.assertEqual((out, err, code), (b"compiling\r\ndone\r\n", b"warning: deprecated\r\n", 0))
        response = [r for q, r, _s in self.recorders[0].exchanges if "/shell/Receive<" in q][-1]
        streams = ET.fromstring(response.encode()).iter("{%s}Stream" % NS["rsp"])
        self.assertEqual(
            [(e.get("Name"), e.get("End")) for e in streams],
            [("stdout", None), ("stderr", None), ("stdout", None), ("stdout", "true"), ("stderr", "true")],
        )

    def test_small_max_envelope_size_splits_output(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell()
        try:
            command_id = protocol.run_command(shell_id, "type C:\\big.log")
            body = {"rsp:Receive": {"rsp:DesiredStream": {"@CommandId": command_id, "#text": "stdout stderr"}}}
            collected, receives = b"", 0
            while True:
                response = self.raw_request(protocol, winrm_peer.ACTION_RECEIVE, shell_id, body, max_envelope=8192)
                receives += 1
                self.assertLessEqual(len(response), 8192)
                root = ET.fromstring(response)
                for stream in root.iter("{%s}Stream" % NS["rsp"]):
                    collected += base64.b64decode(stream.text or "")
                if any(e.get("State", "").endswith("/Done") for e in root.iter("{%s}CommandState" % NS["rsp"])):
                    break
            self.assertEqual(collected, BIG_TEXT.replace("\n", "\r\n").encode("ascii"))
            self.assertGreater(receives, 50)
            # The Done state was delivered: the command has completed, only its terminate signal is left.
            with self.assertRaisesRegex(WinRMError, "2150858843"):
                protocol._raw_get_command_output(shell_id, command_id)
            protocol.cleanup_command(shell_id, command_id)
        finally:
            protocol.close_shell(shell_id)


class PowerShellTest(PeerTestCase):
    def test_run_ps_with_clean_stderr(self):
        response = self.session().run_ps("$PSVersionTable.PSVersion.ToString()")
        self.assertEqual((response.status_code, response.std_out, response.std_err), (0, b"5.1.17763.5576\r\n", b""))

    def test_powershell_error_is_clixml_on_stderr(self):
        # run_ps of python3-winrm 0.3.0 crashes on any stderr (fixed in 0.4.0): run the encoded command as run_cmd.
        encoded = base64.b64encode("Get-Item C:\\nope".encode("utf-16-le")).decode("ascii")
        response = self.session().run_cmd("powershell -NoProfile -NonInteractive -EncodedCommand " + encoded)
        self.assertEqual(response.status_code, 1)
        self.assertEqual(response.std_out, b"")
        self.assertTrue(response.std_err.startswith(b'#< CLIXML\r\n<Objs Version="1.1.0.1"'))
        objs = ET.fromstring(response.std_err[len(b"#< CLIXML\r\n") :])
        self.assertEqual(objs.tag, "{http://schemas.microsoft.com/powershell/2004/04}Objs")
        ps = "{http://schemas.microsoft.com/powershell/2004/04}"
        self.assertEqual(objs[0].get("S"), "progress")
        errors = [s.text for s in objs.iter(ps + "S") if s.get("S") == "Error"]
        text = "".join(errors).replace("_x000D__x000A_", "\n")
        self.assertTrue(text.startswith("Get-Item : Cannot find path 'C:\\nope' because it does not exist.\n"))
        self.assertIn("+ FullyQualifiedErrorId : PathNotFound,", text)

    def test_unmatched_script_answers_like_powershell(self):
        encoded = base64.b64encode("Get-Frobnicator -All".encode("utf-16-le")).decode("ascii")
        response = self.session().run_cmd("powershell.exe -enc " + encoded)
        self.assertEqual(response.status_code, 1)
        self.assertIn(b"The term 'Get-Frobnicator' is not recognized as the name of a cmdlet", response.std_err)

    def test_state_change_visible_to_later_probe(self):
        session = self.session()
        probe = "# bulwark-probe: local-users\nGet-LocalUser | Select-Object -ExpandProperty Name"
        self.assertEqual(session.run_ps(probe).std_out.split(b"\r\n")[0], b"Administrator")
        renamed = session.run_ps("Rename-LocalUser -Name 'Administrator' -NewName 'bwadmin'")
        self.assertEqual((renamed.status_code, renamed.std_out, renamed.std_err), (0, b"", b""))
        try:
            self.assertEqual(session.run_ps(probe).std_out.split(b"\r\n")[0], b"bwadmin")
            self.assertEqual(session.run_cmd("whoami").std_out, b"win-bulwark01\\bwadmin\r\n")
        finally:
            session.run_ps("Rename-LocalUser -Name 'bwadmin' -NewName 'Administrator'")
        self.assertEqual(session.run_ps(probe).std_out.split(b"\r\n")[0], b"Administrator")

    def test_when_condition_follows_a_state_change(self):
        session = self.session()

        def ps(script):  # stderr may not be empty: not run_ps (python3-winrm 0.3.0)
            encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
            response = session.run_cmd("powershell", ["-NoProfile", "-EncodedCommand", encoded])
            return response.status_code, response.std_out, response.std_err

        probe = "# bulwark-probe: guest-enabled\n(Get-LocalUser -Name Guest).Enabled"
        self.assertEqual(ps(probe), (0, b"True\r\n", b"WARNING: the Guest account is enabled\r\n"))
        self.assertEqual(ps("Disable-LocalUser -Name Guest"), (0, b"", b""))
        try:
            self.assertEqual(ps(probe), (0, b"False\r\n", b""))
        finally:
            self.assertEqual(ps("Enable-LocalUser -Name Guest")[0], 0)
        self.assertEqual(ps(probe)[1], b"True\r\n")

    def test_script_through_stdin(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell(codepage=65001, noprofile=True)
        try:
            command_id = protocol.run_command(
                shell_id, "powershell", ["-NoProfile", "-NonInteractive", "-Command", "-"]
            )
            script = "$PSVersionTable.PSVersion.ToString()\r\n".encode("utf-8")
            for chunk, end in ((script[:10], False), (script[10:], True)):
                stream = {"@Name": "stdin", "@CommandId": command_id, "#text": base64.b64encode(chunk).decode()}
                if end:
                    stream["@End"] = "true"
                self.raw_request(protocol, winrm_peer.ACTION_SEND, shell_id, {"rsp:Send": {"rsp:Stream": stream}})
            out, err, code = protocol.get_command_output(shell_id, command_id)
            protocol.cleanup_command(shell_id, command_id)
        finally:
            protocol.close_shell(shell_id)
        self.assertEqual((out, err, code), (b"5.1.17763.5576\r\n", b"", 0))

    def test_secret_on_stdin_of_an_encoded_command(self):
        script = "# bulwark-probe: set-password\n$p = [Console]::In.ReadLine()\nSet-LocalUser -Name x -Password $p"
        encoded = base64.b64encode(script.encode("utf-16-le")).decode("ascii")
        protocol = self.protocol()
        results = []
        for secret in ("N3w!Passw0rd-2026", "short"):
            shell_id = protocol.open_shell(codepage=65001)
            try:
                command_id = protocol.run_command(shell_id, "powershell", ["-NoProfile", "-EncodedCommand", encoded])
                stream = {
                    "@Name": "stdin",
                    "@CommandId": command_id,
                    "@End": "true",
                    "#text": base64.b64encode((secret + "\r\n").encode()).decode(),
                }
                self.raw_request(protocol, winrm_peer.ACTION_SEND, shell_id, {"rsp:Send": {"rsp:Stream": stream}})
                results.append(protocol.get_command_output(shell_id, command_id))
                protocol.cleanup_command(shell_id, command_id)
            finally:
                protocol.close_shell(shell_id)
        self.assertEqual(results[0], (b"password set\r\n", b"", 0))
        self.assertEqual(results[1][2], 1)
        self.assertIn(b"Unable to update the password.", results[1][1])
        log = "\n".join(self.peer.log_lines())
        self.assertIn("waits-for-stdin", log)
        self.assertIn("answer=set-password-refused", log)
        self.assertNotIn("N3w!Passw0rd", log)
        self.assertNotIn("Adm1n!pass", log)


class ProtocolTest(PeerTestCase):
    def test_low_level_protocol_and_recorded_windows_envelopes(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell()
        self.assertRegex(shell_id, r"^[0-9A-F-]{36}$")
        command_id = protocol.run_command(shell_id, "hostname")
        out, err, code = protocol.get_command_output(shell_id, command_id)
        self.assertEqual((out, err, code), (b"WIN-BULWARK01\r\n", b"", 0))
        protocol.cleanup_command(shell_id, command_id)
        protocol.close_shell(shell_id)
        by_action = {}
        for request, response, _status in self.recorders[0].exchanges:
            action = ET.fromstring(request.encode()).findtext("{%s}Header/{%s}Action" % (NS["s"], NS["a"]))
            by_action[action.rsplit("/", 1)[-1]] = response
        for action, recorded in (
            ("Create", "create-response.xml"),
            ("Command", "command-response.xml"),
            ("Receive", "receive-response-done.xml"),
            ("Signal", "signal-response.xml"),
            ("Delete", "delete-response.xml"),
        ):
            with self.subTest(action=action):
                self.assertEqual(canonical(by_action[action]), canonical(read_recorded(recorded)))

    def test_utf8_and_oem_code_pages(self):
        protocol = self.protocol()
        for codepage, expected in ((65001, "Größe ✓\r\n".encode("utf-8")), (437, "Größe ?\r\n".encode("cp437"))):
            shell_id = protocol.open_shell(codepage=codepage)
            try:
                command_id = protocol.run_command(shell_id, "echo", ["Größe"])
                out, _err, code = protocol.get_command_output(shell_id, command_id)
                protocol.cleanup_command(shell_id, command_id)
            finally:
                protocol.close_shell(shell_id)
            self.assertEqual((out, code), (expected, 0), "code page %d" % codepage)

    def test_unsupported_code_page_fault(self):
        with self.assertRaisesRegex(WinRMError, "2150859072"):
            self.protocol().open_shell(codepage=12345)

    def test_unknown_shell_and_command_faults(self):
        protocol = self.protocol()
        bogus = str(uuid.uuid4()).upper()
        with self.assertRaisesRegex(WinRMError, "invalid selectors.*'wsmanfault_code': '2150858843'"):
            protocol.run_command(bogus, "hostname")
        fault = [r for _q, r, s in self.recorders[0].exchanges if s == 500][-1]
        self.assertEqual(canonical(fault), canonical(read_recorded("fault-shell-not-found.xml")))
        shell_id = protocol.open_shell()
        try:
            with self.assertRaisesRegex(WinRMError, "'fault_subcode': 'w:InvalidSelectors'"):
                protocol.get_command_output(shell_id, bogus)
            with self.assertRaisesRegex(WinRMError, "2150858843"):
                protocol.cleanup_command(shell_id, bogus)
            fault = [r for _q, r, s in self.recorders[0].exchanges if s == 500][-1]
            self.assertIn("operation on a command identifier that does not exist", fault)
        finally:
            protocol.close_shell(shell_id)
        with self.assertRaisesRegex(WinRMError, "2150858843"):
            protocol.close_shell(shell_id)

    def test_empty_command_is_an_invalid_parameter(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell()
        try:
            with self.assertRaisesRegex(WinRMError, "The parameter is incorrect.*'wsmanfault_code': '87'"):
                protocol.run_command(shell_id, "")
        finally:
            protocol.close_shell(shell_id)

    def test_wrong_resource_uri_action_and_xml_faults(self):
        protocol = self.protocol()
        with self.assertRaisesRegex(WinRMError, "'fault_subcode': 'a:DestinationUnreachable'.*2150858752|2150858752"):
            self.raw_request(
                protocol,
                winrm_peer.ACTION_CREATE,
                body={"rsp:Shell": {"rsp:InputStreams": "stdin"}},
                resource_uri="http://schemas.microsoft.com/wbem/wsman/1/windows/shell/bogus",
            )
        fault = [r for _q, r, s in self.recorders[0].exchanges if s == 500][-1]
        self.assertEqual(canonical(fault), canonical(read_recorded("fault-destination-unreachable.xml")))
        with self.assertRaisesRegex(WinRMError, "a:ActionNotSupported"):
            self.raw_request(protocol, "http://schemas.xmlsoap.org/ws/2004/09/transfer/Get")
        with self.assertRaisesRegex(WinRMError, "w:SchemaValidationError.*2150858819|2150858819"):
            protocol.send_message("<env:Envelope xmlns:env='%s'><env:Header>" % NS["s"])

    def test_signals_ctrl_c_and_terminate(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell()
        try:
            command_id = protocol.run_command(shell_id, "ping -n 4 127.0.0.1")
            signal_body = {"rsp:Signal": {"@CommandId": command_id, "rsp:Code": winrm_peer.SIGNAL_CTRL_C}}
            self.raw_request(protocol, winrm_peer.ACTION_SIGNAL, shell_id, signal_body)
            out, _err, code = protocol.get_command_output(shell_id, command_id)
            self.assertEqual((out, code), (b"", -1073741510))
            protocol.cleanup_command(shell_id, command_id)
            with self.assertRaisesRegex(WinRMError, "'wsmanfault_code': '2150858843'"):
                protocol.get_command_output(shell_id, command_id)
            bad_signal = {"rsp:Signal": {"@CommandId": command_id, "rsp:Code": "urn:bogus"}}
            with self.assertRaisesRegex(WinRMError, "w:InvalidParameter"):
                self.raw_request(protocol, winrm_peer.ACTION_SIGNAL, shell_id, bad_signal)
        finally:
            protocol.close_shell(shell_id)

    def test_shell_quota_per_user(self):
        protocol = self.protocol(OPERATOR)
        shells = []
        try:
            for _ in range(30):
                shells.append(protocol.open_shell())
            with self.assertRaisesRegex(
                WinRMError, "maximum number of concurrent shells.*'wsmanfault_code': '2150859173'"
            ):
                protocol.open_shell()
            fault = [r for _q, r, s in self.recorders[0].exchanges if s == 500][-1]
            self.assertEqual(canonical(fault), canonical(read_recorded("fault-quota.xml")))
            # The quota is per user: the administrator still gets a shell.
            other = self.protocol(ADMIN)
            other.close_shell(other.open_shell())
        finally:
            for shell_id in shells:
                protocol.close_shell(shell_id)
        self.assertEqual(self.peer.open_shells(), 0)

    def test_idle_shell_is_deleted_after_its_idle_timeout(self):
        protocol = self.protocol()
        shell_id = protocol.open_shell(idle_timeout="PT2.000S")
        command_id = protocol.run_command(shell_id, "hostname")
        self.assertEqual(protocol.get_command_output(shell_id, command_id), (b"WIN-BULWARK01\r\n", b"", 0))
        time.sleep(3)
        with self.assertRaisesRegex(WinRMError, "2150858843"):
            protocol.cleanup_command(shell_id, command_id)
        self.assertTrue(any("idle-timeout shell=%s" % shell_id in line for line in self.peer.log_lines()))

    def test_another_users_shell_is_not_found(self):
        admin, operator = self.protocol(ADMIN), self.protocol(OPERATOR)
        shell_id = admin.open_shell()
        try:
            with self.assertRaisesRegex(WinRMError, "2150858843"):
                operator.run_command(shell_id, "hostname")
        finally:
            admin.close_shell(shell_id)

    def test_concurrent_clients(self):
        results, errors = [], []

        def run(index):
            try:
                session = self.session(OPERATOR if index % 2 else ADMIN)
                command = ("ping", ["-n", "4", "127.0.0.1"]) if index < 2 else ("hostname", [])
                results.append((index, session.run_cmd(*command).status_code))
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=run, args=(index,)) for index in range(8)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        self.assertEqual(errors, [])
        self.assertEqual(sorted(results), [(index, 0) for index in range(8)])
        self.assertLess(time.monotonic() - started, 12, "slow commands must not hold the others up")

    def test_operation_id_is_echoed(self):
        protocol = self.protocol()
        request = {
            "env:Envelope": protocol._get_soap_header(
                resource_uri=winrm_peer.CMD_RESOURCE_URI, action=winrm_peer.ACTION_CREATE
            )
        }
        request["env:Envelope"]["env:Header"]["p:OperationID"] = {
            "@env:mustUnderstand": "false",
            "#text": "uuid:5B1C8F0E-2D3A-4C6B-9E7F-0A1B2C3D4E5F",
        }
        request["env:Envelope"]["env:Body"] = {"rsp:Shell": {"rsp:InputStreams": "stdin"}}
        root = ET.fromstring(protocol.send_message(xmltodict.unparse(request)))
        self.assertEqual(
            root.findtext("{%s}Header/{%s}OperationID" % (NS["s"], NS["p"])),
            "uuid:5B1C8F0E-2D3A-4C6B-9E7F-0A1B2C3D4E5F",
        )
        protocol.close_shell(root.findtext(".//{%s}ShellId" % NS["rsp"]))


class AuthenticationAndHttpTest(PeerTestCase):
    def test_wrong_password_is_invalid_credentials(self):
        with self.assertRaises(InvalidCredentialsError):
            self.session(("Administrator", "wrong")).run_cmd("hostname")
        with self.assertRaises(InvalidCredentialsError):
            self.session(("nobody", "Adm1n!pass")).run_cmd("hostname")
        self.assertIn("auth=rejected status=401", self.peer.log_lines()[-1])

    def test_account_without_remote_access_is_denied(self):
        with self.assertRaisesRegex(WinRMError, "Access is denied.*'wsmanfault_code': '5'.*w:AccessDenied"):
            self.session(("auditor", "Aud1tor!")).run_cmd("hostname")
        with self.assertRaises(InvalidCredentialsError):
            self.session(("auditor", "wrong")).run_cmd("hostname")

    def test_domain_prefixed_user_name(self):
        response = self.session(("WIN-BULWARK01\\administrator", ADMIN[1])).run_cmd("hostname")
        self.assertEqual(response.std_out, b"WIN-BULWARK01\r\n")

    def http(self, method, path, body=b"", headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.peer.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def test_http_level_answers(self):
        basic = "Basic " + base64.b64encode(b"Administrator:Adm1n!pass").decode()
        soap = {"Content-Type": "application/soap+xml;charset=UTF-8"}
        status, headers, body = self.http("POST", "/wsman", b"<x/>", soap)
        self.assertEqual((status, headers.get("WWW-Authenticate"), body), (401, 'Basic realm="WSMAN"', b""))
        self.assertEqual(headers.get("Server"), "Microsoft-HTTPAPI/2.0")
        status, _headers, _body = self.http("POST", "/other", b"<x/>", dict(soap, Authorization=basic))
        self.assertEqual(status, 404)
        status, _headers, _body = self.http(
            "POST", "/wsman", b"<x/>", {"Content-Type": "text/xml", "Authorization": basic}
        )
        self.assertEqual(status, 415)
        status, _headers, _body = self.http("GET", "/wsman")
        self.assertEqual(status, 405)
        status, headers, body = self.http(
            "POST", "/wsman", b"<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>", dict(soap, Authorization=basic)
        )
        self.assertEqual(status, 500)
        self.assertIn(b"w:SchemaValidationError", body)
        status, headers, body = self.http("POST", "/wsman", b"<not xml", dict(soap, Authorization=basic))
        self.assertEqual((status, headers.get("Content-Type")), (500, "application/soap+xml;charset=UTF-8"))
        winrm_peer.check_envelope(body.decode("utf-8"))
        self.assertIn(b'Code="2150858819"', body)

    def test_chunked_request_body(self):
        protocol = self.protocol()
        request = {
            "env:Envelope": protocol._get_soap_header(
                resource_uri=winrm_peer.CMD_RESOURCE_URI, action=winrm_peer.ACTION_CREATE
            )
        }
        request["env:Envelope"]["env:Body"] = {"rsp:Shell": {"rsp:InputStreams": "stdin"}}
        data = xmltodict.unparse(request).encode("utf-8")
        basic = "Basic " + base64.b64encode(("Administrator:" + ADMIN[1]).encode()).decode()
        connection = http.client.HTTPConnection("127.0.0.1", self.peer.port, timeout=10)
        try:
            headers = {"Content-Type": "application/soap+xml;charset=UTF-8", "Authorization": basic}
            pieces = iter([data[:100], data[100:1000], data[1000:]])
            connection.request("POST", "/wsman", body=pieces, headers=headers, encode_chunked=True)
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        self.assertEqual(response.status, 200)
        root = winrm_peer.check_envelope(body.decode("utf-8"), relates_to=message_id(data.decode("utf-8")))
        protocol.close_shell(root.findtext(".//{%s}ShellId" % NS["rsp"]))

    def test_required_headers_and_locale_must_understand(self):
        protocol = self.protocol()
        request = {
            "env:Envelope": protocol._get_soap_header(
                resource_uri=winrm_peer.CMD_RESOURCE_URI, action=winrm_peer.ACTION_CREATE
            )
        }
        request["env:Envelope"]["env:Body"] = {"rsp:Shell": {"rsp:InputStreams": "stdin"}}
        header = request["env:Envelope"]["env:Header"]
        header["w:Locale"]["@env:mustUnderstand"] = "true"
        with self.assertRaisesRegex(WinRMError, "'wsmanfault_code': '2150858887'"):
            protocol.send_message(xmltodict.unparse(request))
        del header["w:Locale"]["@env:mustUnderstand"]
        del header["a:MessageID"]
        with self.assertRaisesRegex(
            WinRMError, "'wsmanfault_code': '2150858769'.*'fault_subcode': 'a:MessageInformationHeaderRequired'"
        ):
            protocol.send_message(xmltodict.unparse(request))

    def test_max_envelope_size_below_windows_minimum_is_a_fault(self):
        protocol = self.protocol()
        request = {
            "env:Envelope": protocol._get_soap_header(
                resource_uri=winrm_peer.CMD_RESOURCE_URI, action=winrm_peer.ACTION_CREATE
            )
        }
        request["env:Envelope"]["env:Header"]["w:MaxEnvelopeSize"]["#text"] = "4096"
        request["env:Envelope"]["env:Body"] = {"rsp:Shell": {"rsp:InputStreams": "stdin"}}
        with self.assertRaisesRegex(WinRMError, "w:EncodingLimit"):
            protocol.send_message(xmltodict.unparse(request))


class HttpsTest(PeerTestCase):
    """The peer over TLS with a self-signed certificate for 127.0.0.1, made by openssl for this run."""

    tls = True

    def session(self, auth=ADMIN, **options):
        return super().session(auth, transport="ssl", **options)

    def test_validated_certificate(self):
        session = self.session(server_cert_validation="validate", ca_trust_path=self.cert)
        response = session.run_cmd("ipconfig", ["/all"])
        self.assertEqual(response.status_code, 0)
        self.assertIn(b"Host Name . . . . . . . . . . . . : WIN-BULWARK01\r\n", response.std_out)

    def test_ignored_certificate(self):
        response = self.session(server_cert_validation="ignore").run_cmd("hostname")
        self.assertEqual((response.status_code, response.std_out), (0, b"WIN-BULWARK01\r\n"))

    def test_untrusted_certificate_is_refused(self):
        with self.assertRaises(requests.exceptions.SSLError):
            self.session(server_cert_validation="validate", ca_trust_path=self.other_cert).run_cmd("hostname")
        # The peer logs the failed handshake (no traceback on its stderr, checked when it stops).
        deadline = time.monotonic() + 5
        while not any("connection error" in line for line in self.peer.log_lines()):
            self.assertLess(time.monotonic(), deadline, "the failed handshake was not logged")
            time.sleep(0.05)

    def test_wrong_password_over_tls(self):
        session = self.session(("Administrator", "nope"), server_cert_validation="ignore")
        with self.assertRaises(InvalidCredentialsError):
            session.run_cmd("hostname")


class LifecycleTest(unittest.TestCase):
    """Starting with a bad scenario, and stopping by SIGTERM while a client long-polls."""

    def setUp(self):
        self.directory = tempfile.mkdtemp(prefix="winrm-peer-life-")
        self.addCleanup(shutil.rmtree, self.directory, True)

    def run_peer(self, scenario_text):
        path = os.path.join(self.directory, "bad.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(scenario_text)
        argv = [sys.executable, os.path.join(HERE, "winrm_peer.py"), "--scenario", path, "--port", "0"]
        return subprocess.run(argv, capture_output=True, text=True, timeout=30)

    def test_bad_scenarios_are_refused_at_start(self):
        for text, expected in (
            ("{", "scenario"),
            ('{"users": {}}', "users"),
            ('{"users": {"a": "b"}, "answers": [{"match": {"commnd": "x"}}]}', "unknown or empty match keys"),
            ('{"users": {"a": "b"}, "answers": [{"match": {"command": "x"}, "exit_code": "1"}]}', "exit_code"),
            ('{"users": {"a": "b"}, "answers": [{"match": {"regex": "("}}]}', "scenario"),
            ('{"users": {"a": "b"}, "answers": [{"match": {"kind": "ps", "script": "x"}}]}', "kind"),
            ('{"users": {"a": {"password": 1}}}', "user a"),
        ):
            with self.subTest(text=text):
                result = self.run_peer(text)
                self.assertEqual(result.returncode, 2)
                self.assertIn(expected, result.stderr)
                self.assertNotIn("Traceback", result.stderr)

    def test_sigterm_while_a_receive_long_polls(self):
        peer = PeerProcess(self.directory, write_scenario(self.directory), "life")
        session = winrm.Session(peer.endpoint, auth=ADMIN, operation_timeout_sec=20, read_timeout_sec=30)
        self.addCleanup(close_session, session)
        protocol = session.protocol
        shell_id = protocol.open_shell()
        command_id = protocol.run_command(shell_id, "hostname")
        protocol.get_command_output(shell_id, command_id)
        command_id = protocol.run_command(shell_id, "ping -n 4 127.0.0.1")
        outcome = []
        thread = threading.Thread(target=lambda: outcome.append(self.receive_once(protocol, shell_id, command_id)))
        thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        code, out, err = peer.stop()
        thread.join(10)
        self.assertLess(time.monotonic() - started, 5)
        self.assertEqual((code, err), (0, b""))
        self.assertIn(b"listening on http://127.0.0.1:%d/wsman" % peer.port, out)
        self.assertEqual(peer.log_lines()[-1].split(" ", 1)[1], "stop open_shells=1")
        self.assertEqual(len(outcome), 1)

    def test_peer_stops_when_its_parent_is_gone(self):
        # A launcher that starts the peer and dies without stopping it, as a crashing test would (after the peer
        # started: a parent gone before the peer's first instruction cannot be told from its adoptive parent).
        log_path = os.path.join(self.directory, "orphan.log")
        launcher = (
            "import subprocess, sys, time; subprocess.Popen([sys.executable, %r, '--scenario', %r, '--port', '0', "
            "'--log', %r], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); time.sleep(1)"
            % (os.path.join(HERE, "winrm_peer.py"), write_scenario(self.directory), log_path)
        )
        subprocess.run([sys.executable, "-c", launcher], check=True, timeout=30)
        self.addCleanup(self.kill_logged_peer, log_path)
        deadline = time.monotonic() + 15
        lines = []
        while time.monotonic() < deadline:
            lines = read_lines(log_path)
            if lines and lines[-1].endswith("stop open_shells=0"):
                break
            time.sleep(0.1)
        self.assertTrue(lines and lines[-1].endswith("stop open_shells=0"), lines)
        self.assertTrue(any("gone: stopping" in line for line in lines))
        pid = int(re.search(r"start pid=(\d+)", lines[0]).group(1))
        for _ in range(50):  # the process itself ends right after its last log line
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            self.fail("the orphaned peer %d still runs" % pid)

    def test_unusable_certificate_is_refused_at_start(self):
        scenario = write_scenario(self.directory)
        missing = os.path.join(self.directory, "missing.pem")
        argv = [sys.executable, os.path.join(HERE, "winrm_peer.py"), "--scenario", scenario, "--port", "0"]
        result = subprocess.run(
            argv + ["--tls-cert", missing, "--tls-key", missing], capture_output=True, text=True, timeout=30
        )
        self.assertEqual(result.returncode, 2)
        self.assertNotIn("Traceback", result.stderr)

    @staticmethod
    def kill_logged_peer(log_path):
        """Never leave a peer behind, even when the test failed: SIGTERM to the PID its log names, unless the log
        says it stopped (then that PID may belong to another process by now)."""
        lines = read_lines(log_path)
        found = re.search(r"start pid=(\d+)", lines[0]) if lines else None
        if found and " stop open_shells=" not in lines[-1]:
            try:
                os.kill(int(found.group(1)), signal.SIGTERM)
            except ProcessLookupError:
                pass

    @staticmethod
    def receive_once(protocol, shell_id, command_id):
        try:
            return protocol._raw_get_command_output(shell_id, command_id)
        except Exception as error:  # noqa: BLE001 - the outcome is what the test looks at
            return error


class BasicDisabledTest(unittest.TestCase):
    def test_no_basic_in_www_authenticate_refuses_every_request(self):
        directory = tempfile.mkdtemp(prefix="winrm-peer-nobasic-")
        self.addCleanup(shutil.rmtree, directory, True)
        path = os.path.join(directory, "scenario.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump({"users": {"Administrator": ADMIN[1]}, "www_authenticate": ["Negotiate", "Kerberos"]}, handle)
        peer = PeerProcess(directory, path, "nobasic")
        self.addCleanup(peer.stop)
        connection = http.client.HTTPConnection("127.0.0.1", peer.port, timeout=10)
        self.addCleanup(connection.close)
        basic = "Basic " + base64.b64encode(("Administrator:" + ADMIN[1]).encode()).decode()
        connection.request("POST", "/wsman", b"<x/>", {"Authorization": basic, "Content-Type": "application/soap+xml"})
        response = connection.getresponse()
        response.read()
        self.assertEqual(response.status, 401)
        self.assertEqual(response.headers.get_all("WWW-Authenticate"), ["Negotiate", "Kerberos"])


class EnvelopeCheckTest(unittest.TestCase):
    """The peer's own envelope assertion rejects what Windows would never write."""

    def test_recorded_windows_responses_pass(self):
        for name in sorted(os.listdir(os.path.join(HERE, "data", "windows"))):
            with self.subTest(name=name):
                winrm_peer.check_envelope(read_recorded(name))

    def test_wrong_prefix_binding_is_rejected(self):
        text = read_recorded("delete-response.xml").replace(
            'xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"', 'xmlns:w="urn:not-wsman"'
        )
        with self.assertRaises(winrm_peer.EnvelopeError):
            winrm_peer.check_envelope(text)

    def test_relates_to_and_size_are_checked(self):
        text = read_recorded("signal-response.xml")
        with self.assertRaises(winrm_peer.EnvelopeError):
            winrm_peer.check_envelope(text, relates_to="uuid:00000000-0000-0000-0000-000000000000")
        with self.assertRaises(winrm_peer.EnvelopeError):
            winrm_peer.check_envelope(text, max_size=100)
        with self.assertRaises(winrm_peer.EnvelopeError):
            winrm_peer.check_envelope(text.replace("</s:Envelope>", ""))

    def test_response_bodies_are_checked(self):
        done = read_recorded("receive-response-done.xml")
        broken = {
            "no ExitCode when Done": re.sub(r"<rsp:ExitCode>0</rsp:ExitCode>", "", done),
            "no Stream": re.sub(r"<rsp:Stream [^>]*>[^<]*</rsp:Stream>", "", done),
            "Stream not base64": done.replace("V0lOLUJVTFdBUkswMQ0K", "not base64!"),
            "unknown state": done.replace("CommandState/Done", "CommandState/Sleeping"),
            "no CommandId": read_recorded("command-response.xml").replace("rsp:CommandId", "rsp:CommandID"),
            "no ShellId": read_recorded("create-response.xml").replace('Name="ShellId"', 'Name="Shell"'),
            "no WSManFault code": read_recorded("fault-timed-out.xml").replace(' Code="2150858793"', ""),
        }
        for what, text in broken.items():
            with self.subTest(what=what), self.assertRaises(winrm_peer.EnvelopeError):
                winrm_peer.check_envelope(text)

    def test_command_line_parsing(self):
        self.assertEqual(
            winrm_peer.split_command_line('"C:\\Program Files\\x.exe" a "b c" d\\"e'),
            ["C:\\Program Files\\x.exe", "a", "b c", 'd"e'],
        )
        self.assertEqual(
            winrm_peer.program_name("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\PowerShell.EXE"), "powershell"
        )
        encoded = base64.b64encode("Get-Date".encode("utf-16-le")).decode()
        self.assertEqual(
            winrm_peer.parse_powershell(["-NoProfile", "-ExecutionPolicy", "Bypass", "-enc", encoded]),
            ("encoded", "Get-Date"),
        )
        self.assertEqual(winrm_peer.parse_powershell(["-NonInteractive", "-Command", "-"]), ("stdin", None))
        self.assertEqual(
            winrm_peer.parse_powershell(["-c", "Get-Date", "-Format", "o"]), ("text", "Get-Date -Format o")
        )
        self.assertEqual(winrm_peer.parse_duration("PT20S"), 20)
        self.assertEqual(winrm_peer.parse_duration("PT1M30.500S"), 90.5)
        self.assertIsNone(winrm_peer.parse_duration("P"))
        self.assertIsNone(winrm_peer.parse_duration("20"))


OPENSSL_SELF_SIGNED = (
    "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1"
).split()


def make_certificate(directory, name):
    """A self-signed certificate for 127.0.0.1 (NAME.pem, key NAME-key.pem); returns the certificate's path."""
    cert = os.path.join(directory, name + ".pem")
    key = os.path.join(directory, name + "-key.pem")
    subprocess.run(OPENSSL_SELF_SIGNED + ["-keyout", key, "-out", cert], check=True, capture_output=True)
    return cert


def read_lines(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as handle:
        return handle.read().splitlines()


def close_session(session):
    """python3-winrm never closes its requests session: close it so no socket outlives the test."""
    if session.protocol.transport.session is not None:
        session.protocol.transport.session.close()


def read_recorded(name):
    with open(os.path.join(HERE, "data", "windows", name), encoding="utf-8") as handle:
        return handle.read()


if __name__ == "__main__":
    unittest.main(verbosity=2)
