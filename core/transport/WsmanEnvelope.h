// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Bulwark::Transport {

// WS-Management envelopes for the WinRS cmd shell ([MS-WSMV] 3.1.4: Create, Command, Send, Receive, Signal,
// Delete), built with QXmlStreamWriter and parsed with QXmlStreamReader. Pure: no network, no state; the
// transport (WinRmSession) decides what to send next.
//
// Parsing treats the answer as hostile: it must be a SOAP 1.2 envelope of bounded size without a DTD, relate to
// the request (a:RelatesTo equal to its a:MessageID), and name elements in the WS-Management namespaces (prefixes
// may be anything). A fault is a parsed value, not an Error, so the caller can retry w:TimedOut.
namespace WsmanEnvelope {

inline constexpr int MaxEnvelopeSize = 153600;
// Larger answers are refused unread: Windows never exceeds MaxEnvelopeSize, and faults are small.
inline constexpr qsizetype MaxResponseBytes = 4 * MaxEnvelopeSize;
inline constexpr quint32 TimedOutCode = 2150858793u;         // ERROR_WSMAN_OPERATION_TIMEDOUT
inline constexpr quint32 InvalidSelectorsCode = 2150858843u; // unknown ShellId/CommandId
inline constexpr quint32 QuotaLimitCode = 2150859173u;       // ERROR_WSMAN_QUOTA_MAX_SHELLS
inline constexpr quint32 AccessDeniedCode = 5u;              // ERROR_ACCESS_DENIED

// What every request carries in its header.
struct Addressing
{
    QString endpoint;           // a:To, "https://host:5986/wsman"
    QString messageId;          // "uuid:..."; newMessageId() makes one
    int operationTimeoutS = 20; // w:OperationTimeout
    QString locale = QStringLiteral("en-US");
};

QString newMessageId();

enum class Signal
{
    Terminate,
    CtrlC,
};

QByteArray create(const Addressing &addressing, int codePage = 65001, bool noProfile = true);
// command and arguments exactly as rendered by WindowsQuote.
QByteArray command(const Addressing &addressing, const QString &shellId, const QByteArray &command,
                   const QByteArrayList &arguments);
QByteArray send(const Addressing &addressing, const QString &shellId, const QString &commandId, const QByteArray &data,
                bool end);
QByteArray receive(const Addressing &addressing, const QString &shellId, const QString &commandId);
QByteArray signal(const Addressing &addressing, const QString &shellId, const QString &commandId, Signal signal);
QByteArray deleteShell(const Addressing &addressing, const QString &shellId);

struct Fault
{
    QString code;    // s:Code/s:Value, "s:Receiver"
    QString subcode; // "w:TimedOut" (local name with the prefix as sent)
    quint32 wsmanCode = 0;
    QString machine;
    QString message; // f:Message, else s:Reason/s:Text, trimmed

    bool isTimedOut() const;
    // A sentence for the user; the WSManFault code and server text go to Error::detail().
    Error toError(const QString &host) const;
};

struct StreamChunk
{
    QString name; // "stdout", "stderr"
    QByteArray data;
    bool end = false;
};

struct Response
{
    QString action;
    QString relatesTo;
    std::optional<Fault> fault;
    QString shellId;            // Create
    QString commandId;          // Command
    QList<StreamChunk> streams; // Receive, in document order
    bool commandState = false;  // Receive: a CommandState was there (Windows always sends one)
    bool commandDone = false;   // Receive: CommandState .../Done
    std::optional<qint64> exitCode;
};

// `messageId` is the request's; an answer relating to anything else is an error. `commandId`, when given, is the
// command whose streams and state Receive answers must carry.
Result<Response> parse(const QByteArray &xml, const QString &messageId, const QString &commandId = {});

} // namespace WsmanEnvelope
} // namespace Bulwark::Transport
