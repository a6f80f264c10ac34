#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Bulwark Authors
# SPDX-License-Identifier: Apache-2.0
"""A WS-Management (WinRS cmd shell) server that answers like Windows Server 2019/2022, with scripted commands.

Standard library only. See README.md beside this file for the CLI, the scenario format and what is modelled.
Only ever listens on 127.0.0.1. Never prints or logs a password.
"""

import argparse
import base64
import binascii
import codecs
import io
import json
import os
import re
import signal
import socket
import ssl
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape, quoteattr

# Namespaces, with the prefixes Windows uses on the wire.
NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "x": "http://schemas.xmlsoap.org/ws/2004/09/transfer",
    "e": "http://schemas.xmlsoap.org/ws/2004/08/eventing",
    "n": "http://schemas.xmlsoap.org/ws/2004/09/enumeration",
    "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
    "p": "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd",
    "rsp": "http://schemas.microsoft.com/wbem/wsman/1/windows/shell",
    "f": "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault",
    "xml": "http://www.w3.org/XML/1998/namespace",
}

SHELL_URI = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell"
CMD_RESOURCE_URI = SHELL_URI + "/cmd"
ANONYMOUS = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"
TRANSFER = "http://schemas.xmlsoap.org/ws/2004/09/transfer"

ACTION_CREATE = TRANSFER + "/Create"
ACTION_DELETE = TRANSFER + "/Delete"
ACTION_COMMAND = SHELL_URI + "/Command"
ACTION_SEND = SHELL_URI + "/Send"
ACTION_RECEIVE = SHELL_URI + "/Receive"
ACTION_SIGNAL = SHELL_URI + "/Signal"
ACTION_NAMES = {
    ACTION_CREATE: "Create",
    ACTION_DELETE: "Delete",
    ACTION_COMMAND: "Command",
    ACTION_SEND: "Send",
    ACTION_RECEIVE: "Receive",
    ACTION_SIGNAL: "Signal",
}
WSMAN_FAULT_ACTION = "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"
ADDRESSING_FAULT_ACTION = "http://schemas.xmlsoap.org/ws/2004/08/addressing/fault"

SIGNAL_TERMINATE = SHELL_URI + "/signal/terminate"
SIGNAL_CTRL_C = SHELL_URI + "/signal/ctrl_c"
SIGNAL_CTRL_BREAK = SHELL_URI + "/signal/ctrl_break"
STATE_RUNNING = SHELL_URI + "/CommandState/Running"
STATE_DONE = SHELL_URI + "/CommandState/Done"

STATUS_CONTROL_C_EXIT = -1073741510  # 0xC000013A as the signed DWORD Windows reports
DEFAULT_OPERATION_TIMEOUT = 60.0  # WinRM MaxTimeoutms default
MIN_ENVELOPE_SIZE = 8192
DEFAULT_MAX_ENVELOPE_SIZE = 153600
MAX_REQUEST_BYTES = 512000  # MaxEnvelopeSizekb = 500
RESPONSE_RESERVE = 2048  # a ReceiveResponse's bytes besides its Stream elements, with margin
STREAM_ELEMENT_COST = 128  # <rsp:Stream Name=".." CommandId="..."></rsp:Stream> around the base64, with margin
PS_NAMESPACE = "http://schemas.microsoft.com/powershell/2004/04"
CMD_WRAPPER = re.compile(
    r'^"?(?:[^"\s]*[\\/])?cmd(?:\.exe)?"?\s+/[cCkKsS](?:\s+/[cCkKsS])*\s+(.*)$', re.IGNORECASE | re.DOTALL
)
MATCH_KEYS = {"command", "program", "args", "script", "regex", "probe", "kind", "stdin", "stdin_regex", "when"}
PROBE_MARKER = re.compile(r"^[ \t]*#[ \t]*bulwark-probe:[ \t]*(\S+)[ \t]*$", re.MULTILINE)
TEMPLATE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


# ---------------------------------------------------------------------------------------------------------------
# Faults


class WsmanFault(Exception):
    """A SOAP fault as Windows' WinRM service writes it (HTTP 500)."""

    def __init__(self, code, subcode, reason, wsman_code, message=None, action=WSMAN_FAULT_ACTION):
        super().__init__(reason)
        self.code = code  # s:Sender / s:Receiver
        self.subcode = subcode  # prefixed QName, e.g. w:TimedOut
        self.reason = reason
        self.wsman_code = wsman_code
        self.message = message if message is not None else reason
        self.action = action


def fault_timed_out():
    text = "The WS-Management service cannot complete the operation within the time specified in OperationTimeout.  "
    return WsmanFault("s:Receiver", "w:TimedOut", text, 2150858793)


def fault_shell_not_found(shell_id):
    return WsmanFault(
        "s:Sender",
        "w:InvalidSelectors",
        "The WS-Management service cannot process the request because the request contained invalid selectors "
        "for the resource. ",
        2150858843,
        "The request for the Windows Remote Shell with ShellId %s failed because the shell was not found on the "
        "server. Possible causes are: the specified ShellId is incorrect or the shell no longer exists on the server. "
        "Provide the correct ShellId or create a new shell and retry the operation. " % shell_id,
    )


def fault_missing_shell_selector():
    return WsmanFault(
        "s:Sender",
        "w:InvalidSelectors",
        "The WS-Management service cannot process the request because the request contained invalid selectors "
        "for the resource. ",
        2150858842,
        "The Windows Remote Shell cannot process the request because it requires the following selector: ShellId. ",
    )


def fault_command_not_found():
    return WsmanFault(
        "s:Sender",
        "w:InvalidSelectors",
        "The WS-Management service cannot process the request because the request contained invalid selectors "
        "for the resource. ",
        2150858843,
        "The Windows Remote Shell received a request to perform an operation on a command identifier that does not "
        "exist. Either the command has completed execution or the client specified an invalid command identifier. ",
    )


def fault_resource_not_found():
    return WsmanFault(
        "s:Sender",
        "a:DestinationUnreachable",
        "The WS-Management service cannot process the request. The service cannot find the resource identified by "
        "the resource URI and selectors. ",
        2150858752,
        action=ADDRESSING_FAULT_ACTION,
    )


def fault_header_required(name):
    return WsmanFault(
        "s:Sender",
        "a:MessageInformationHeaderRequired",
        "The WS-Management service cannot process the request because the required SOAP header %s is missing. " % name,
        2150858769,
        action=ADDRESSING_FAULT_ACTION,
    )


def fault_locale_must_understand():
    return WsmanFault(
        "s:Sender",
        "w:UnsupportedFeature",
        "The WS-Management service does not support the mustUnderstand attribute set to true on the Locale header. ",
        2150858887,
    )


def fault_invalid_xml():
    return WsmanFault(
        "s:Sender",
        "w:SchemaValidationError",
        "The WS-Management service cannot process the request because the XML is invalid. ",
        2150858819,
    )


def fault_action_not_supported(action):
    return WsmanFault(
        "s:Sender",
        "a:ActionNotSupported",
        "The WS-Management service cannot process the request. The WS-Addressing action URI %s is not supported. "
        % action,
        2150858771,
        action=ADDRESSING_FAULT_ACTION,
    )


def fault_quota(limit):
    # The Reason as an older Windows wrote it for this fault (quoted in a public client's bug report); the Message
    # with the limit as PowerShell users see it from Server 2012 on.
    return WsmanFault(
        "s:Sender",
        "w:QuotaLimit",
        "The WS-Management service cannot process the request. The maximum number of concurrent shells for this user "
        "has been exceeded. Close existing shells or raise the quota for this user. ",
        2150859173,
        "The WS-Management service cannot process the request. This user is allowed a maximum number of %d "
        "concurrent shells, which has been exceeded. Close existing shells or raise the quota for this user. " % limit,
    )


def fault_codepage(codepage):
    return WsmanFault(
        "s:Sender",
        "w:InvalidOptions",
        "The WinRS client cannot process the request. The code page %s is not supported. " % codepage,
        2150859072,
    )


def fault_bad_timeout(value):
    return WsmanFault(
        "s:Sender",
        "w:InvalidMessageInformationHeader",
        "The WS-Management service cannot process the request. The XML contains an invalid timeout field in the "
        "SOAP header: %s. " % value,
        2150858767,
    )


def fault_envelope_size(value):
    return WsmanFault(
        "s:Sender",
        "w:EncodingLimit",
        "The WS-Management service cannot process the request because the envelope size in the request is invalid. "
        "Change the maximum envelope size in the request to a value between %d and 4294967295. " % MIN_ENVELOPE_SIZE,
        2150858823,
        "The WS-Management service cannot process the request because the envelope size in the request (%s) is "
        "invalid. " % value,
    )


def fault_access_denied():
    return WsmanFault("s:Sender", "w:AccessDenied", "Access is denied. ", 5)


def fault_invalid_parameter():
    return WsmanFault("s:Sender", "w:InvalidParameter", "The parameter is incorrect. ", 87)


# ---------------------------------------------------------------------------------------------------------------
# Envelopes


def new_uuid():
    return "uuid:" + str(uuid.uuid4()).upper()


def envelope(action, relates_to, body, extra_ns=("x", "w", "rsp", "p"), operation_id=None):
    """A response envelope with Windows' root declarations and header order (p:OperationID echoed when sent)."""
    decls = "".join(' xmlns:%s="%s"' % (prefix, NS[prefix]) for prefix in ("s", "a") + tuple(extra_ns))
    header = "<a:Action>%s</a:Action><a:MessageID>%s</a:MessageID><a:To>%s</a:To>" % (
        escape(action),
        new_uuid(),
        ANONYMOUS,
    )
    if relates_to:
        header += "<a:RelatesTo>%s</a:RelatesTo>" % escape(relates_to)
    if operation_id:
        header += '<p:OperationID s:mustUnderstand="false">%s</p:OperationID>' % escape(operation_id)
    return '<s:Envelope xml:lang="en-US"%s><s:Header>%s</s:Header><s:Body>%s</s:Body></s:Envelope>' % (
        decls,
        header,
        body,
    )


def fault_envelope(fault, relates_to, machine, operation_id=None):
    body = (
        "<s:Fault><s:Code><s:Value>%s</s:Value><s:Subcode><s:Value>%s</s:Value></s:Subcode></s:Code>"
        '<s:Reason><s:Text xml:lang="en-US">%s</s:Text></s:Reason>'
        '<s:Detail><f:WSManFault xmlns:f="%s" Code="%d" Machine=%s><f:Message>%s</f:Message></f:WSManFault>'
        "</s:Detail></s:Fault>"
        % (
            fault.code,
            fault.subcode,
            escape(fault.reason),
            NS["f"],
            fault.wsman_code,
            quoteattr(machine),
            escape(fault.message),
        )
    )
    return envelope(fault.action, relates_to, body, extra_ns=("x", "e", "n", "w", "p"), operation_id=operation_id)


class EnvelopeError(AssertionError):
    """An envelope this peer wrote is not what Windows would write: a bug in the peer."""


def check_envelope(text, relates_to=None, max_size=None):
    """Asserts a response envelope is well-formed and namespaced as Windows' (returns the parsed root)."""
    data = text.encode("utf-8")
    if max_size is not None and len(data) > max_size:
        raise EnvelopeError("envelope of %d bytes exceeds MaxEnvelopeSize %d" % (len(data), max_size))
    bound = {}
    try:
        for _event, (prefix, uri) in ET.iterparse(io.BytesIO(data), events=("start-ns",)):
            if prefix in bound and bound[prefix] != uri:
                raise EnvelopeError("prefix %s bound twice" % prefix)
            bound[prefix] = uri
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise EnvelopeError("not well-formed: %s" % error) from error
    for prefix, uri in bound.items():
        if NS.get(prefix) != uri:
            raise EnvelopeError("prefix %r bound to %s, Windows binds it to %s" % (prefix, uri, NS.get(prefix)))
    known = set(NS.values())
    for element in root.iter():
        if not element.tag.startswith("{") or element.tag[1:].split("}")[0] not in known:
            raise EnvelopeError("element %s outside the WS-Man namespaces" % element.tag)
    if root.tag != "{%s}Envelope" % NS["s"]:
        raise EnvelopeError("root is %s" % root.tag)
    children = [child.tag for child in root]
    if children != ["{%s}Header" % NS["s"], "{%s}Body" % NS["s"]]:
        raise EnvelopeError("Envelope children are %s" % children)
    header = root.find("s:Header", NS)
    for name in ("Action", "MessageID", "To"):
        if header.find("a:" + name, NS) is None:
            raise EnvelopeError("a:%s missing" % name)
    if relates_to is not None:
        got = header.findtext("a:RelatesTo", default=None, namespaces=NS)
        if got != relates_to:
            raise EnvelopeError("RelatesTo %r, request MessageID %r" % (got, relates_to))
    action = header.findtext("a:Action", namespaces=NS)
    body = root.find("s:Body", NS)
    for path in BODY_RULES.get(action, ()):
        if body.find(path, NS) is None:
            raise EnvelopeError("%s without %s" % (action.rsplit("/", 1)[-1], path))
    if action == SHELL_URI + "/ReceiveResponse":
        check_receive_response(body)
    return root


# What each response body must hold ([MS-WSMV] 2.2.4, 3.1.4), as paths under s:Body.
BODY_RULES = {
    TRANSFER
    + "/CreateResponse": (
        "x:ResourceCreated/a:Address",
        "x:ResourceCreated/a:ReferenceParameters/w:ResourceURI",
        "x:ResourceCreated/a:ReferenceParameters/w:SelectorSet/w:Selector[@Name='ShellId']",
        "rsp:Shell/rsp:ShellId",
        "rsp:Shell/rsp:InputStreams",
        "rsp:Shell/rsp:OutputStreams",
    ),
    SHELL_URI + "/CommandResponse": ("rsp:CommandResponse/rsp:CommandId",),
    SHELL_URI + "/SendResponse": ("rsp:SendResponse",),
    SHELL_URI + "/ReceiveResponse": ("rsp:ReceiveResponse/rsp:Stream", "rsp:ReceiveResponse/rsp:CommandState"),
    SHELL_URI + "/SignalResponse": ("rsp:SignalResponse",),
    WSMAN_FAULT_ACTION: (
        "s:Fault/s:Code/s:Value",
        "s:Fault/s:Code/s:Subcode/s:Value",
        "s:Fault/s:Reason/s:Text",
        "s:Fault/s:Detail/f:WSManFault[@Code]",
        "s:Fault/s:Detail/f:WSManFault/f:Message",
    ),
}
BODY_RULES[ADDRESSING_FAULT_ACTION] = BODY_RULES[WSMAN_FAULT_ACTION]


def check_receive_response(body):
    """Streams named and base64, one CommandState with a known State, an ExitCode exactly when Done."""
    response = body.find("rsp:ReceiveResponse", NS)
    for stream in response.findall("rsp:Stream", NS):
        if not stream.get("Name") or not stream.get("CommandId"):
            raise EnvelopeError("rsp:Stream without Name or CommandId")
        try:
            base64.b64decode(stream.text or "", validate=True)
        except binascii.Error as error:
            raise EnvelopeError("rsp:Stream not base64: %s" % error) from error
        if stream.get("End") not in (None, "true"):
            raise EnvelopeError("rsp:Stream End=%r" % stream.get("End"))
    states = response.findall("rsp:CommandState", NS)
    if len(states) != 1 or states[0].get("State") not in (STATE_RUNNING, STATE_DONE):
        raise EnvelopeError("ReceiveResponse needs one CommandState Running or Done")
    exit_code = states[0].findtext("rsp:ExitCode", default=None, namespaces=NS)
    if (exit_code is not None) != (states[0].get("State") == STATE_DONE):
        raise EnvelopeError("rsp:ExitCode present exactly when the command is Done")
    if exit_code is not None and not re.fullmatch(r"-?\d+", exit_code):
        raise EnvelopeError("rsp:ExitCode %r" % exit_code)


# ---------------------------------------------------------------------------------------------------------------
# Durations, command lines, CLIXML


DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(text):
    """xs:duration (days to seconds) -> seconds; None when invalid."""
    text = (text or "").strip()
    match = DURATION.match(text)
    if not match or text in ("P", "PT") or text.endswith("T"):
        return None
    parts = {key: float(value) if value else 0.0 for key, value in match.groupdict().items()}
    return parts["d"] * 86400 + parts["h"] * 3600 + parts["m"] * 60 + parts["s"]


def split_command_line(line):
    """Windows argv rules (CommandLineToArgvW): blanks separate, quotes group, backslashes escape only quotes."""
    args, current, in_word, quoted, i = [], [], False, False, 0
    while i < len(line):
        char = line[i]
        if char == "\\":
            j = i
            while j < len(line) and line[j] == "\\":
                j += 1
            count = j - i
            if j < len(line) and line[j] == '"':
                current.append("\\" * (count // 2))
                if count % 2:
                    current.append('"')
                    i = j + 1
                else:
                    i = j
            else:
                current.append("\\" * count)
                i = j
            in_word = True
            continue
        if char == '"':
            if quoted and i + 1 < len(line) and line[i + 1] == '"':
                current.append('"')
                i += 2
                continue
            quoted = not quoted
            in_word = True
        elif char in " \t" and not quoted:
            if in_word:
                args.append("".join(current))
                current, in_word = [], False
        else:
            current.append(char)
            in_word = True
        i += 1
    if in_word:
        args.append("".join(current))
    return args


def program_name(word):
    name = re.split(r"[\\/]", word)[-1].lower()
    return name[:-4] if name.endswith(".exe") else name


def ps_parameter(word, full, minimum):
    """True when word (e.g. -enc, /EncodedCommand) is an accepted abbreviation of PowerShell's parameter full."""
    if not word or word[0] not in "-/":
        return False
    name = word[1:].lower()
    return len(name) >= minimum and full.lower().startswith(name)


def parse_powershell(args):
    """powershell.exe argv (after the program) -> ("encoded", script) | ("stdin", None) | ("text", script)."""
    i = 0
    takes_value = ("ExecutionPolicy", "InputFormat", "OutputFormat", "WindowStyle", "Version", "PSConsoleFile")
    while i < len(args):
        word = args[i]
        if ps_parameter(word, "EncodedCommand", 1):  # -e, -ec, -enc, ... (-ex is -ExecutionPolicy)
            if i + 1 >= len(args):
                return ("text", "")
            try:
                return ("encoded", base64.b64decode(args[i + 1], validate=True).decode("utf-16-le"))
            except (binascii.Error, UnicodeDecodeError):
                return ("text", "")
        if ps_parameter(word, "Command", 1):
            rest = args[i + 1 :]
            if rest == ["-"]:
                return ("stdin", None)
            return ("text", " ".join(rest))
        if ps_parameter(word, "File", 1):
            path = args[i + 1] if i + 1 < len(args) else ""
            return ("text", "& '%s'" % path.replace("'", "''"))
        if any(ps_parameter(word, name, 2) for name in takes_value):
            i += 2
            continue
        if word.startswith("-") or word.startswith("/"):
            i += 1
            continue
        # The first bare word starts the command text, as -Command is PowerShell 5.1's default.
        return ("text", " ".join(args[i:]))
    return ("stdin", None)


def clixml_escape(text):
    """Text for an <S> element of a CLIXML stream: XML-escaped, control chars as _xHHHH_, and a '_' that would
    read as the start of such an escape (followed by x or X) as _x005F_, as PowerShell's serializer writes it."""
    out = []
    for index, char in enumerate(text):
        code = ord(char)
        if char == "_" and text[index + 1 : index + 2] in ("x", "X"):
            out.append("_x005F_")
        elif code < 0x20 or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            out.append("_x%04X_" % code)
        else:
            out.append(escape(char))
    return "".join(out)


def clixml_errors(messages, progress=False):
    """stderr as powershell.exe writes error records when its output is redirected: '#< CLIXML' + <Objs>."""
    parts = ['<Objs Version="1.1.0.1" xmlns="%s">' % PS_NAMESPACE]
    if progress:
        parts.append(
            '<Obj S="progress" RefId="0"><TN RefId="0"><T>System.Management.Automation.PSCustomObject</T>'
            '<T>System.Object</T></TN><MS><I64 N="SourceId">1</I64><PR N="Record"><AV>Preparing modules for first '
            "use.</AV><AI>0</AI><Nil /><PI>-1</PI><PC>-1</PC><T>Completed</T><SR>-1</SR><SD> </SD></PR></MS></Obj>"
        )
    for message in messages:
        lines = message.replace("\r\n", "\n").split("\n")
        for line in lines:
            parts.append('<S S="Error">%s</S>' % clixml_escape(line + "\r\n"))
    parts.append("</Objs>")
    return "#< CLIXML\r\n" + "".join(parts)


def not_recognized_clixml(name):
    return clixml_errors(
        [
            "%s : The term '%s' is not recognized as the name of a cmdlet, function, script file, or operable "
            "program. Check the spelling of the name, or if a path was included, verify that the path is correct "
            "and try again." % (name, name),
            "At line:1 char:1",
            "+ " + name,
            "+ " + "~" * max(1, len(name)),
            "    + CategoryInfo          : ObjectNotFound: (%s:String) [], CommandNotFoundException" % name,
            "    + FullyQualifiedErrorId : CommandNotFoundException",
            " ",
        ]
    )


# ---------------------------------------------------------------------------------------------------------------
# Scenario


class Scenario:
    """The scripted host: users, variables and answers. Thread: shared by all handler threads, under its lock."""

    def __init__(self, data):
        if not isinstance(data, dict):
            raise ValueError("scenario: a JSON object expected")
        self.machine = str(data.get("machine", "WIN-BULWARK01"))
        users = data.get("users", {})
        if not isinstance(users, dict) or not users:
            raise ValueError("scenario: 'users' must map user names to passwords")
        # name -> password, or name -> {"password": ..., "remote_access": false} for an account that authenticates
        # but may not use WinRM (not an administrator, not in Remote Management Users).
        self.users, self.denied = {}, set()
        for name, entry in users.items():
            if isinstance(entry, dict):
                if not isinstance(entry.get("password"), str) or set(entry) - {"password", "remote_access"}:
                    raise ValueError('scenario: user %s: {"password": text, "remote_access": bool}' % name)
                password = entry["password"]
                if entry.get("remote_access", True) is False:
                    self.denied.add(str(name).lower())
            elif isinstance(entry, str):
                password = entry
            else:
                raise ValueError("scenario: user %s: a password text or an object" % name)
            self.users[str(name).lower()] = (str(name), password)
        self.max_shells = int(data.get("max_shells_per_user", 30))
        # What a 401 offers; Windows with Negotiate and Basic enabled sends ["Negotiate", 'Basic realm="WSMAN"'].
        # Without a Basic entry, Basic is disabled: every request is refused with 401, as Windows does.
        self.www_authenticate = [str(v) for v in data.get("www_authenticate", ['Basic realm="WSMAN"'])]
        self.basic_enabled = any(value.lower().startswith("basic") for value in self.www_authenticate)
        self.variables = {str(k): str(v) for k, v in dict(data.get("variables", {})).items()}
        self.answers = []
        for index, answer in enumerate(data.get("answers", [])):
            if not isinstance(answer, dict) or not isinstance(answer.get("match"), dict):
                raise ValueError("scenario: answer %d needs a 'match' object" % index)
            unknown = set(answer["match"]) - MATCH_KEYS
            if unknown or not answer["match"]:
                raise ValueError("scenario: answer %d: unknown or empty match keys %s" % (index, sorted(unknown)))
            answer = dict(answer)
            check_answer(index, answer)
            if "regex" in answer["match"]:
                answer["_regex"] = re.compile(answer["match"]["regex"], re.DOTALL)
            if "stdin_regex" in answer["match"]:
                answer["_stdin_regex"] = re.compile(answer["match"]["stdin_regex"], re.DOTALL)
            answer.setdefault("name", "answer-%d" % index)
            self.answers.append(answer)
        self.lock = threading.Lock()

    def check_password(self, user, password):
        entry = self.users.get(user.lower())
        return self.basic_enabled and entry is not None and entry[1] == password

    def remote_access(self, user):
        return user.lower() not in self.denied

    def canonical_user(self, user):
        return self.users[user.lower()][0]

    def find(self, kind, command_line, program, args, script, stdin):
        """The first answer matching, with the regex groups; (None, {}) when none does.

        stdin None means "not known yet": stdin conditions then count as met (the caller waits for the end of stdin
        and matches again when the first match reads it, see reads_stdin)."""
        for answer in self.answers:
            match = answer["match"]
            groups = {}
            if "kind" in match and match["kind"] != kind:
                continue
            if any(self.variables.get(name) != value for name, value in match.get("when", {}).items()):
                continue
            if "command" in match and " ".join(match["command"].split()) != command_line:
                continue
            if "program" in match and program_name(match["program"]) != program:
                continue
            if "args" in match and [str(a) for a in match["args"]] != args:
                continue
            if "script" in match and (kind != "powershell" or normalise_script(match["script"]) != script):
                continue
            if "probe" in match and (kind != "powershell" or match["probe"] not in PROBE_MARKER.findall(script)):
                continue
            if "_regex" in answer:
                found = answer["_regex"].fullmatch(script if kind == "powershell" else command_line)
                if not found:
                    continue
                groups = {k: v for k, v in found.groupdict().items() if v is not None}
            if stdin is not None and "stdin" in match and normalise_stdin(match["stdin"]) != normalise_stdin(stdin):
                continue
            if stdin is not None and "_stdin_regex" in answer:
                found = answer["_stdin_regex"].fullmatch(normalise_stdin(stdin))
                if not found:
                    continue
                groups.update({k: v for k, v in found.groupdict().items() if v is not None})
            return answer, groups
        return None, {}

    @staticmethod
    def reads_stdin(answer):
        """True when the answer can only be chosen, or run, once the client has sent all of stdin."""
        return answer is not None and (
            "stdin" in answer["match"] or "stdin_regex" in answer["match"] or bool(answer.get("wait_for_stdin"))
        )

    def render(self, text, groups, log):
        def value(match):
            name = match.group(1)
            if name in groups:
                return groups[name]
            if name in self.variables:
                return self.variables[name]
            log("template variable %s unknown" % name)
            return ""

        return TEMPLATE.sub(value, text)


ANSWER_KEYS = {
    "name",
    "match",
    "stdout",
    "stderr",
    "stderr_clixml",
    "clixml_progress",
    "exit_code",
    "delay",
    "chunk_delay",
    "set",
    "newline",
    "wait_for_stdin",
}


def check_answer(index, answer):
    """Raises ValueError for an answer the peer could not play (found at start, not in the middle of a test)."""

    def fail(what):
        raise ValueError("answer %d (%s): %s" % (index, answer.get("name", "unnamed"), what))

    unknown = set(answer) - ANSWER_KEYS
    if unknown:
        fail("unknown keys %s" % sorted(unknown))
    for key in ("stdout", "stderr", "stderr_clixml"):
        value = answer.get(key, "")
        if not isinstance(value, str) and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            fail("%s must be a text or a list of texts" % key)
    if not isinstance(answer.get("exit_code", 0), int) or isinstance(answer.get("exit_code", 0), bool):
        fail("exit_code must be an integer")
    for key in ("delay", "chunk_delay"):
        value = answer.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            fail("%s must be a number of seconds" % key)
    if not isinstance(answer.get("set", {}), dict):
        fail("set must map variable names to templates")
    if answer.get("newline", "crlf") not in ("crlf", "raw"):
        fail('newline must be "crlf" or "raw"')
    if any(not isinstance(answer["match"].get(key, ""), str) for key in MATCH_KEYS - {"args", "when"}):
        fail("match values must be texts")
    if answer["match"].get("kind", "cmd") not in ("cmd", "powershell"):
        fail('match kind must be "cmd" or "powershell"')
    when = answer["match"].get("when", {})
    if not isinstance(when, dict) or not all(isinstance(v, str) for v in when.values()):
        fail("match when must map variable names to texts")
    if not isinstance(answer["match"].get("args", []), list):
        fail("match args must be a list")


def normalise_script(text):
    return text.replace("\r\n", "\n").strip()


def normalise_stdin(text):
    return text.replace("\r\n", "\n").rstrip("\n")


# ---------------------------------------------------------------------------------------------------------------
# Shells and commands


class Command:
    """One running scripted command: timed output events and the exit code. Thread: guarded by Peer.cond."""

    def __init__(self, command_id, kind, needs_stdin):
        self.command_id = command_id
        self.kind = kind
        self.needs_stdin = needs_stdin
        self.stdin = bytearray()
        self.events = []  # [time, stream, bytes]; stream "done" carries the exit code
        self.pending = []  # [stream, bytearray] in the order the program wrote them
        self.exit_code = None  # set once the "done" event is due
        self.done_reported = False
        self.started = False
        self.command_line, self.program, self.args, self.script = "", "", [], None

    def schedule(self, start, chunks_out, chunks_err, exit_code, delay, chunk_delay):
        t = start + delay
        count = max(len(chunks_out), len(chunks_err))
        for i in range(count):
            if i < len(chunks_out) and chunks_out[i]:
                self.events.append([t, "stdout", chunks_out[i]])
            if i < len(chunks_err) and chunks_err[i]:
                self.events.append([t, "stderr", chunks_err[i]])
            if i + 1 < count:
                t += chunk_delay
        self.events.append([t, "done", exit_code])
        self.started = True

    def advance(self, now):
        """Moves due events into the pending buffers."""
        while self.events and self.events[0][0] <= now:
            _t, stream, payload = self.events.pop(0)
            if stream == "done":
                self.exit_code = payload
            elif self.pending and self.pending[-1][0] == stream:
                self.pending[-1][1] += payload
            else:
                self.pending.append([stream, bytearray(payload)])

    def has_output(self, wanted):
        return any(stream in wanted and data for stream, data in self.pending)

    def next_event_time(self):
        return self.events[0][0] if self.events else None

    def interrupt(self, exit_code):
        """ctrl_c / ctrl_break: output not yet written is lost, the process ends now."""
        if self.exit_code is None:
            self.events = []
            self.exit_code = exit_code
            self.started = True


class Shell:
    def __init__(self, shell_id, owner, codepage, input_streams, output_streams, idle_timeout):
        self.shell_id = shell_id
        self.owner = owner
        self.codepage = codepage
        self.input_streams = input_streams
        self.output_streams = output_streams
        self.idle_timeout = idle_timeout
        self.commands = {}
        self.last_used = time.monotonic()
        self.busy = 0  # requests on this shell in progress (a long-polling Receive keeps it alive)


def encoding_for(codepage):
    if codepage == 65001:
        return "utf-8"
    name = "cp%d" % codepage
    codecs.lookup(name)
    return name


class Peer:
    """The WinRS service state. Thread: all handler threads; every state change under self.cond."""

    def __init__(self, scenario, log):
        self.scenario = scenario
        self.log = log
        self.shells = {}
        self.cond = threading.Condition()
        self.stopping = False

    def open_shells(self):
        with self.cond:
            return len(self.shells)

    # -- request dispatch ----------------------------------------------------------------------------------------

    def handle(self, root, user, address, client_ip="127.0.0.1"):
        """Parsed request envelope -> (response body xml, response action, log fields). Raises WsmanFault."""
        header = root.find("s:Header", NS)
        body = root.find("s:Body", NS)
        if root.tag != "{%s}Envelope" % NS["s"] or header is None or body is None:
            raise fault_invalid_xml()
        action = (header.findtext("a:Action", default="", namespaces=NS) or "").strip()
        resource_uri = (header.findtext("w:ResourceURI", default="", namespaces=NS) or "").strip()
        for required in ("a:Action", "a:MessageID"):
            if not (header.findtext(required, default="", namespaces=NS) or "").strip():
                raise fault_header_required(required.split(":")[1])
        locale = header.find("w:Locale", NS)
        if locale is not None and locale.get("{%s}mustUnderstand" % NS["s"], "false").lower() in ("true", "1"):
            raise fault_locale_must_understand()
        if action not in ACTION_NAMES:
            raise fault_action_not_supported(action)
        if resource_uri != CMD_RESOURCE_URI:
            raise fault_resource_not_found()
        options = {}
        for option in header.findall("w:OptionSet/w:Option", NS):
            options[option.get("Name", "")] = (option.text or "").strip()
        name = ACTION_NAMES[action]
        if not self.scenario.remote_access(user):
            raise fault_access_denied()
        timeout = self.operation_timeout(header)
        if name == "Create":
            return self.create(body, options, user, address, client_ip)
        shell_id = None
        for selector in header.findall("w:SelectorSet/w:Selector", NS):
            if (selector.get("Name") or "").lower() == "shellid":  # [MS-WSMV] examples write "ShellID"
                shell_id = (selector.text or "").strip()
        if not shell_id:
            raise fault_missing_shell_selector()
        with self.cond:
            self.reap_idle_shells()
            shell = self.shells.get(shell_id.upper())
            if shell is None or shell.owner != user:
                raise fault_shell_not_found(shell_id)
            shell.busy += 1
        try:
            if name == "Delete":
                return self.delete(shell)
            if name == "Command":
                return self.command(shell, body, options)
            if name == "Send":
                return self.send(shell, body)
            if name == "Receive":
                return self.receive(shell, body, timeout, self.max_envelope(header))
            return self.signal(shell, body)
        finally:
            with self.cond:
                shell.busy -= 1
                shell.last_used = time.monotonic()

    def reap_idle_shells(self):
        """Under self.cond: deletes the shells idle for longer than their IdleTimeOut, as WinRM does."""
        now = time.monotonic()
        for shell in list(self.shells.values()):
            if not shell.busy and now - shell.last_used > shell.idle_timeout:
                del self.shells[shell.shell_id]
                self.log(
                    "idle-timeout shell=%s idle=%.1fs open_shells=%d"
                    % (shell.shell_id, now - shell.last_used, len(self.shells))
                )

    @staticmethod
    def operation_timeout(header):
        text = header.findtext("w:OperationTimeout", default=None, namespaces=NS)
        if text is None:
            return DEFAULT_OPERATION_TIMEOUT
        seconds = parse_duration(text)
        if seconds is None or seconds <= 0:
            raise fault_bad_timeout(text.strip())
        return seconds

    @staticmethod
    def max_envelope(header):
        text = header.findtext("w:MaxEnvelopeSize", default=None, namespaces=NS)
        if text is None:
            return DEFAULT_MAX_ENVELOPE_SIZE
        try:
            value = int(text.strip())
        except ValueError:
            raise fault_envelope_size(text.strip()) from None
        if value < MIN_ENVELOPE_SIZE:
            raise fault_envelope_size(value)
        return value

    # -- actions -------------------------------------------------------------------------------------------------

    def create(self, body, options, user, address, client_ip):
        shell_element = body.find("rsp:Shell", NS)
        if shell_element is None:
            raise fault_invalid_xml()
        codepage_text = options.get("WINRS_CODEPAGE", "437")
        try:
            codepage = int(codepage_text)
            encoding_for(codepage)
        except (ValueError, LookupError):
            raise fault_codepage(codepage_text) from None
        noprofile = options.get("WINRS_NOPROFILE", "FALSE").upper()
        if noprofile not in ("TRUE", "FALSE"):
            raise fault_invalid_parameter()
        input_streams = (shell_element.findtext("rsp:InputStreams", default="stdin", namespaces=NS) or "").split()
        output_streams = (
            shell_element.findtext("rsp:OutputStreams", default="stdout stderr", namespaces=NS) or ""
        ).split()
        idle = shell_element.findtext("rsp:IdleTimeOut", default=None, namespaces=NS)
        idle_seconds = parse_duration(idle) if idle else 7200.0
        if idle_seconds is None:
            raise fault_bad_timeout(idle)
        with self.cond:
            self.reap_idle_shells()
            owned = sum(1 for shell in self.shells.values() if shell.owner == user)
            if owned >= self.scenario.max_shells:
                raise fault_quota(self.scenario.max_shells)
            shell_id = str(uuid.uuid4()).upper()
            shell = Shell(shell_id, user, codepage, input_streams, output_streams, idle_seconds)
            self.shells[shell_id] = shell
        response = (
            "<x:ResourceCreated><a:Address>%s</a:Address><a:ReferenceParameters>"
            '<w:ResourceURI>%s</w:ResourceURI><w:SelectorSet><w:Selector Name="ShellId">%s</w:Selector>'
            "</w:SelectorSet></a:ReferenceParameters></x:ResourceCreated>"
            '<rsp:Shell xmlns:rsp="%s"><rsp:ShellId>%s</rsp:ShellId><rsp:ResourceUri>%s</rsp:ResourceUri>'
            "<rsp:Owner>%s</rsp:Owner><rsp:ClientIP>%s</rsp:ClientIP><rsp:IdleTimeOut>PT%.3fS</rsp:IdleTimeOut>"
            "<rsp:InputStreams>%s</rsp:InputStreams><rsp:OutputStreams>%s</rsp:OutputStreams>"
            "<rsp:ShellRunTime>P0DT0H0M0S</rsp:ShellRunTime><rsp:ShellInactivity>P0DT0H0M0S</rsp:ShellInactivity>"
            "</rsp:Shell>"
            % (
                escape(address),
                CMD_RESOURCE_URI,
                shell_id,
                NS["rsp"],
                shell_id,
                CMD_RESOURCE_URI,
                escape(user),
                escape(client_ip),
                idle_seconds,
                escape(" ".join(input_streams)),
                escape(" ".join(output_streams)),
            )
        )
        fields = "shell=%s codepage=%d noprofile=%s" % (shell_id, codepage, noprofile)
        return response, TRANSFER + "/CreateResponse", fields

    def delete(self, shell):
        with self.cond:
            self.shells.pop(shell.shell_id, None)
            self.cond.notify_all()
        return "", TRANSFER + "/DeleteResponse", "shell=%s" % shell.shell_id

    def command(self, shell, body, options):
        line_element = body.find("rsp:CommandLine", NS)
        if line_element is None:
            raise fault_invalid_xml()
        program_text = (line_element.findtext("rsp:Command", default="", namespaces=NS) or "").strip()
        if not program_text:
            raise fault_invalid_parameter()  # what WinRS answers to an empty rsp:Command
        arguments = [(a.text or "") for a in line_element.findall("rsp:Arguments", NS)]
        command_line = " ".join([program_text] + arguments).strip()
        # cmd.exe /c X runs X: match X itself (the shell already runs commands through cmd.exe).
        while True:
            unwrapped = CMD_WRAPPER.match(command_line)
            if not unwrapped:
                break
            command_line = unwrapped.group(1).strip()
            if len(command_line) > 1 and command_line[0] == '"' and command_line[-1] == '"':
                command_line = command_line[1:-1]  # cmd /c "..." drops the outer quotes
        argv = split_command_line(command_line)
        program = program_name(argv[0]) if argv else ""
        command_id = str(uuid.uuid4()).upper()
        script_mode, script = None, None
        kind = "cmd"
        if program in ("powershell", "pwsh"):
            kind = "powershell"
            script_mode, script = parse_powershell(argv[1:])
        cmd = Command(command_id, kind, needs_stdin=(script_mode == "stdin"))
        cmd.command_line, cmd.program, cmd.args, cmd.script = command_line, program, argv[1:], script
        if not cmd.needs_stdin:
            with self.scenario.lock:
                first, _groups = self.scenario.find(
                    kind, " ".join(command_line.split()), program, argv[1:], normalise_script(script or ""), None
                )
            cmd.needs_stdin = Scenario.reads_stdin(first)
        with self.cond:
            shell.commands[command_id] = cmd
        if not cmd.needs_stdin:
            self.start(shell, cmd, None)
        response = "<rsp:CommandResponse><rsp:CommandId>%s</rsp:CommandId></rsp:CommandResponse>" % command_id
        fields = "shell=%s command=%s kind=%s%s skip_cmd_shell=%s" % (
            shell.shell_id,
            command_id,
            kind,
            " waits-for-stdin" if cmd.needs_stdin else "",
            options.get("WINRS_SKIP_CMD_SHELL", "FALSE"),
        )
        return response, SHELL_URI + "/CommandResponse", fields

    def start(self, shell, cmd, stdin):
        """Matches the command (and stdin, once all of it came) against the scenario and schedules its output."""
        encoding = encoding_for(shell.codepage)
        scenario = self.scenario
        command_line = cmd.command_line
        script = normalise_script(cmd.script or "")
        with scenario.lock:
            collapsed = " ".join(command_line.split())
            answer, groups = scenario.find(cmd.kind, collapsed, cmd.program, cmd.args, script, stdin)
            if answer is None:
                if cmd.kind == "cmd":
                    out, err = [], [
                        "'%s' is not recognized as an internal or external command,\r\n"
                        "operable program or batch file.\r\n" % (split_command_line(command_line) or [""])[0]
                    ]
                else:
                    first = (script.split() or [""])[0]
                    out, err = [], [not_recognized_clixml(first)]
                exit_code, delay, chunk_delay, raw = 1, 0.0, 0.0, True
                name = "(unmatched)"
            else:
                name = answer["name"]
                raw = answer.get("newline", "crlf") == "raw"
                out = as_list(answer.get("stdout", []))
                err = as_list(answer.get("stderr", []))
                out = [scenario.render(text, groups, self.log) for text in out]
                err = [scenario.render(text, groups, self.log) for text in err]
                if "stderr_clixml" in answer:
                    messages = [scenario.render(text, groups, self.log) for text in as_list(answer["stderr_clixml"])]
                    err.append(clixml_errors(messages, bool(answer.get("clixml_progress"))))
                for key, template in dict(answer.get("set", {})).items():
                    scenario.variables[str(key)] = scenario.render(str(template), groups, self.log)
                exit_code = int(answer.get("exit_code", 0))
                delay = float(answer.get("delay", 0))
                chunk_delay = float(answer.get("chunk_delay", 0))
        if not raw:
            out = [crlf(text) for text in out]
            err = [text if text.startswith("#< CLIXML") else crlf(text) for text in err]
        out_bytes = [text.encode(encoding, errors="replace") for text in out]
        err_bytes = [text.encode(encoding, errors="replace") for text in err]
        if "stdout" not in shell.output_streams:
            out_bytes = []
        if "stderr" not in shell.output_streams:
            err_bytes = []
        with self.cond:
            cmd.schedule(time.monotonic(), out_bytes, err_bytes, exit_code, delay, chunk_delay)
            self.cond.notify_all()
        self.log("command shell=%s command=%s kind=%s answer=%s" % (shell.shell_id, cmd.command_id, cmd.kind, name))

    def send(self, shell, body):
        send = body.find("rsp:Send", NS)
        if send is None:
            raise fault_invalid_xml()
        ended = []
        for stream in send.findall("rsp:Stream", NS):
            name = stream.get("Name", "")
            command_id = (stream.get("CommandId") or "").upper()
            if name not in shell.input_streams:
                raise fault_invalid_parameter()
            with self.cond:
                cmd = shell.commands.get(command_id)
                if cmd is None:
                    raise fault_command_not_found()
                try:
                    cmd.stdin += base64.b64decode((stream.text or "").strip(), validate=True)
                except binascii.Error:
                    raise fault_invalid_xml() from None
                end = stream.get("End", "false").lower() in ("true", "1")
                if end and cmd.needs_stdin and not cmd.started:
                    ended.append(cmd)
        for cmd in ended:
            text = bytes(cmd.stdin).decode(encoding_for(shell.codepage), errors="replace")
            if cmd.script is None:
                cmd.script = text  # powershell -Command -: stdin is the script
            self.start(shell, cmd, text)
        return "<rsp:SendResponse></rsp:SendResponse>", SHELL_URI + "/SendResponse", "shell=%s" % shell.shell_id

    def receive(self, shell, body, timeout, max_envelope):
        receive = body.find("rsp:Receive", NS)
        desired = receive.find("rsp:DesiredStream", NS) if receive is not None else None
        if desired is None:
            raise fault_invalid_xml()
        command_id = (desired.get("CommandId") or "").upper()
        wanted = [name for name in (desired.text or "").split() if name in shell.output_streams]
        if not wanted:
            raise fault_invalid_parameter()  # no stream the shell has
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                cmd = shell.commands.get(command_id) if self.shells.get(shell.shell_id) is shell else None
                if cmd is None:
                    if self.shells.get(shell.shell_id) is not shell:
                        raise fault_shell_not_found(shell.shell_id)
                    raise fault_command_not_found()
                if cmd.done_reported:
                    # Its Done state was delivered: the command has completed execution (only terminate is left).
                    raise fault_command_not_found()
                now = time.monotonic()
                cmd.advance(now)
                has_data = cmd.has_output(wanted)
                finished = cmd.exit_code is not None
                if has_data or finished:
                    return self.receive_response(cmd, wanted, max_envelope)
                if now >= deadline or self.stopping:
                    raise fault_timed_out()
                next_time = cmd.next_event_time()
                wait = deadline - now if next_time is None else min(deadline, next_time) - now
                self.cond.wait(max(0.0, wait))

    def receive_response(self, cmd, wanted, max_envelope):
        """Under self.cond: takes, in the order written, the output that fits into max_envelope bytes."""
        parts = []
        # Room left for Stream elements: the envelope and header (~800 bytes), the ReceiveResponse with the End
        # streams and the Done state (~500) never take more than RESPONSE_RESERVE.
        room = max_envelope - RESPONSE_RESERVE
        for entry in cmd.pending:
            name, data = entry
            if name not in wanted or not data:
                continue
            size = ((room - STREAM_ELEMENT_COST) // 4) * 3
            if size <= 0:
                break
            piece = bytes(data[:size])
            del data[: len(piece)]
            room -= STREAM_ELEMENT_COST + 4 * ((len(piece) + 2) // 3)
            parts.append(
                '<rsp:Stream Name="%s" CommandId="%s">%s</rsp:Stream>'
                % (name, cmd.command_id, base64.b64encode(piece).decode("ascii"))
            )
        cmd.pending = [entry for entry in cmd.pending if entry[1]]
        drained = not cmd.has_output(wanted)
        if cmd.exit_code is not None and drained:
            for name in wanted:
                parts.append('<rsp:Stream Name="%s" CommandId="%s" End="true"></rsp:Stream>' % (name, cmd.command_id))
            parts.append(
                '<rsp:CommandState CommandId="%s" State="%s"><rsp:ExitCode>%d</rsp:ExitCode></rsp:CommandState>'
                % (cmd.command_id, STATE_DONE, cmd.exit_code)
            )
            cmd.done_reported = True
            state = "Done"
        else:
            parts.append(
                '<rsp:CommandState CommandId="%s" State="%s"></rsp:CommandState>' % (cmd.command_id, STATE_RUNNING)
            )
            state = "Running"
        response = "<rsp:ReceiveResponse>%s</rsp:ReceiveResponse>" % "".join(parts)
        return response, SHELL_URI + "/ReceiveResponse", "command=%s state=%s" % (cmd.command_id, state)

    def signal(self, shell, body):
        element = body.find("rsp:Signal", NS)
        if element is None:
            raise fault_invalid_xml()
        command_id = (element.get("CommandId") or "").upper()
        code = (element.findtext("rsp:Code", default="", namespaces=NS) or "").strip()
        if code not in (SIGNAL_TERMINATE, SIGNAL_CTRL_C, SIGNAL_CTRL_BREAK):
            raise fault_invalid_parameter()
        with self.cond:
            cmd = shell.commands.get(command_id)
            if cmd is None:
                raise fault_command_not_found()
            if code == SIGNAL_TERMINATE:
                del shell.commands[command_id]
            else:
                cmd.interrupt(STATUS_CONTROL_C_EXIT)
            self.cond.notify_all()
        fields = "shell=%s command=%s code=%s" % (shell.shell_id, command_id, code.rsplit("/", 1)[-1])
        return "<rsp:SignalResponse></rsp:SignalResponse>", SHELL_URI + "/SignalResponse", fields


def as_list(value):
    if isinstance(value, list):
        return [str(item) for item in value]
    return [str(value)] if value not in (None, "") else []


def crlf(text):
    return re.sub(r"(?<!\r)\n", "\r\n", text)


# ---------------------------------------------------------------------------------------------------------------
# HTTP


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-HTTPAPI/2.0"
    sys_version = ""
    timeout = 120

    def setup(self):
        # One write per response (below) and no Nagle delay: clients see each answer at once.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        context = self.server.ssl_context
        if context is not None:
            self.request.settimeout(30)
            self.request = context.wrap_socket(self.request, server_side=True)
        super().setup()

    def log_message(self, format, *args):  # noqa: A002 - BaseHTTPRequestHandler's signature
        pass  # the peer's own log has one line per request

    def version_string(self):
        return self.server_version

    def send_plain(self, status, headers=(), body=b""):
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self._headers_buffer.append(b"\r\n" + body)  # end_headers() with the body in the same write
        self.flush_headers()

    def do_GET(self):
        self.send_plain(405, [("Allow", "POST")])

    def do_POST(self):
        peer = self.server.peer
        data = self.read_body()
        if data is None:
            return
        if self.path.split("?")[0].lower() != "/wsman":
            self.send_plain(404)
            return
        user = self.authenticate()
        if user is None:
            peer.log("action=? auth=rejected status=401")
            self.send_plain(401, [("WWW-Authenticate", value) for value in peer.scenario.www_authenticate])
            return
        content_type = (self.headers.get("Content-Type") or "").lower().replace(" ", "")
        if not content_type.startswith("application/soap+xml"):
            self.send_plain(415)
            return
        relates_to, action_name, max_size, operation_id = None, "?", DEFAULT_MAX_ENVELOPE_SIZE, None
        try:
            if b"<!DOCTYPE" in data.upper():
                raise fault_invalid_xml()
            try:
                root = ET.fromstring(data)
            except ET.ParseError:
                raise fault_invalid_xml() from None
            header = root.find("s:Header", NS)
            if header is not None:
                relates_to = (header.findtext("a:MessageID", default="", namespaces=NS) or "").strip() or None
                operation_id = (header.findtext("p:OperationID", default="", namespaces=NS) or "").strip() or None
                action_name = ACTION_NAMES.get(
                    (header.findtext("a:Action", default="", namespaces=NS) or "").strip(), "?"
                )
                try:
                    max_size = Peer.max_envelope(header)
                except WsmanFault:
                    max_size = DEFAULT_MAX_ENVELOPE_SIZE
                    raise
            scheme = "https" if self.server.ssl_context is not None else "http"
            address = "%s://%s/wsman" % (scheme, self.headers.get("Host", "127.0.0.1"))
            body, action, fields = peer.handle(root, user, address, self.client_address[0])
            text = envelope(action, relates_to, body, operation_id=operation_id)
            status = 200
        except WsmanFault as fault:
            text = fault_envelope(fault, relates_to, peer.scenario.machine, operation_id)
            fields = "fault=%s code=%d" % (fault.subcode, fault.wsman_code)
            status = 500
        try:
            check_envelope(text, relates_to=relates_to, max_size=max_size)
        except EnvelopeError as error:
            peer.log("action=%s PEER BUG: %s" % (action_name, error))
            self.send_plain(500, [("Content-Type", "text/plain")], ("peer bug: %s\n" % error).encode())
            return
        peer.log(
            "action=%s user=%s status=%d %s open_shells=%d" % (action_name, user, status, fields, peer.open_shells())
        )
        payload = text.encode("utf-8")
        self.send_plain(status, [("Content-Type", "application/soap+xml;charset=UTF-8")], payload)

    def read_body(self):
        """The request body (Content-Length or chunked, as HTTP.sys takes both); None after an error answer."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            data = bytearray()
            while True:
                line = self.rfile.readline(1024).split(b";")[0].strip()
                try:
                    size = int(line, 16)
                except ValueError:
                    size = -1
                if size < 0 or len(data) + size > MAX_REQUEST_BYTES:
                    self.close_connection = True
                    self.send_plain(400 if size < 0 else 413)
                    return None
                if size == 0:
                    while self.rfile.readline(1024).strip():  # trailers
                        pass
                    return bytes(data)
                data += self.rfile.read(size)
                self.rfile.readline(1024)  # the CRLF after each chunk
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self.close_connection = True
            self.send_plain(411)
            return None
        if int(length) > MAX_REQUEST_BYTES:
            self.close_connection = True
            self.send_plain(413)
            return None
        return self.rfile.read(int(length))

    def authenticate(self):
        header = self.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        user, sep, password = decoded.partition(":")
        if not sep:
            return None
        user = user.split("\\")[-1]  # DOMAIN\user or .\user
        scenario = self.server.peer.scenario
        if not scenario.check_password(user, password):
            return None
        return scenario.canonical_user(user)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, peer, ssl_context):
        super().__init__(address, Handler)
        self.peer = peer
        self.ssl_context = ssl_context

    def handle_error(self, request, client_address):
        """A broken connection or a failed TLS handshake: one log line, no traceback on stderr."""
        error = sys.exc_info()[1]
        self.peer.log("connection error %s: %s" % (type(error).__name__, error))


class Log:
    """Timestamped lines to a file (or nowhere). Thread: any; one lock."""

    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8", buffering=1) if path else None
        self.lock = threading.Lock()

    def __call__(self, line):
        if self.file is None:
            return
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + ".%03dZ" % (int(time.time() * 1000) % 1000)
        with self.lock:
            self.file.write("%s %s\n" % (stamp, line))


def main(argv=None):
    parent = os.getppid()  # first: the parent watch below compares against it
    parser = argparse.ArgumentParser(description="WinRM (WS-Management cmd shell) test peer on 127.0.0.1")
    parser.add_argument("--scenario", required=True, help="JSON scenario file")
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (0: a free one)")
    parser.add_argument("--port-file", help="file that receives the chosen port once listening")
    parser.add_argument("--tls-cert", help="PEM certificate: serve HTTPS")
    parser.add_argument("--tls-key", help="PEM private key for --tls-cert")
    parser.add_argument("--log", help="append one line per request to this file")
    parser.add_argument(
        "--no-parent-watch",
        action="store_true",
        help="keep running when the process that started the peer ends (by default the peer stops then, so a "
        "crashed test leaves no peer behind)",
    )
    options = parser.parse_args(argv)
    if bool(options.tls_cert) != bool(options.tls_key):
        parser.error("--tls-cert and --tls-key go together")
    try:
        with open(options.scenario, encoding="utf-8") as handle:
            scenario = Scenario(json.load(handle))
    except (OSError, ValueError, TypeError, re.error) as error:  # json.JSONDecodeError is a ValueError
        print("winrm_peer: scenario %s: %s" % (options.scenario, error), file=sys.stderr)
        return 2
    log = Log(options.log)
    peer = Peer(scenario, log)
    context = None
    try:
        if options.tls_cert:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.minimum_version = ssl.TLSVersion.TLSv1_2
            context.load_cert_chain(options.tls_cert, options.tls_key)
        server = Server(("127.0.0.1", options.port), peer, context)
    except (OSError, ssl.SSLError) as error:  # an unreadable certificate or key, a port in use
        print("winrm_peer: %s" % error, file=sys.stderr)
        return 2
    port = server.server_address[1]
    stop = threading.Event()

    def on_signal(_signum, _frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    if options.port_file:
        temporary = options.port_file + ".tmp"
        with open(temporary, "w", encoding="ascii") as handle:
            handle.write("%d\n" % port)
        os.replace(temporary, options.port_file)
    log(
        "start pid=%d port=%d scheme=%s users=%d answers=%d"
        % (os.getpid(), port, "https" if context else "http", len(scenario.users), len(scenario.answers))
    )
    print("winrm_peer: listening on %s://127.0.0.1:%d/wsman" % ("https" if context else "http", port), flush=True)
    while not stop.wait(0.5):
        if not options.no_parent_watch and os.getppid() != parent:
            log("parent %d gone: stopping" % parent)
            break
    with peer.cond:
        peer.stopping = True
        peer.cond.notify_all()
    server.shutdown()
    server.server_close()
    log("stop open_shells=%d" % peer.open_shells())
    return 0


if __name__ == "__main__":
    sys.exit(main())
