// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/apply/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMutex>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>
#endif

namespace Bulwark::Apply {

namespace {

// How far back append() looks for the start of the last line; an entry is one line, so this bounds one entry.
constexpr qint64 MaxLineBytes = 256 * 1024 * 1024;

Error lineError(int line, const QString &what, const QString &detail = {})
{
    return Error(
        Error::Code::ParseError,
        QCoreApplication::translate("Bulwark::Apply::Journal", "Journal line %1: %2").arg(QString::number(line), what),
        detail);
}

Error truncatedError(int line)
{
    return lineError(line, QCoreApplication::translate("Bulwark::Apply::Journal",
                                                       "the last entry is incomplete (the journal was cut off "
                                                       "mid-write)."));
}

Error ioError(const QString &path, const QString &detail)
{
    return Error(Error::Code::Io,
                 QCoreApplication::translate("Bulwark::Apply::Journal", "Cannot write the journal %1.").arg(path),
                 detail);
}

bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

// Makes a newly created file's directory entry durable too.
void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

struct Lines
{
    QList<QByteArray> lines;  // without their '\n'
    bool lastComplete = true; // false when the file does not end in '\n'
};

Result<Lines> readLines(const QString &path)
{
    Lines result;
    QFile file(path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     QCoreApplication::translate("Bulwark::Apply::Journal", "Cannot read the journal %1.").arg(path),
                     file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return result;
    result.lines = bytes.split('\n');
    if (bytes.endsWith('\n'))
        result.lines.removeLast(); // the empty piece after the final newline
    else
        result.lastComplete = false;
    return result;
}

} // namespace

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.jsonl");
}

Journal::Journal(QString path)
    : m_path(std::move(path))
{}

QString Journal::currentOperator()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return QStringLiteral("unknown");
}

Result<JournalEntry> Journal::append(const QString &kind, const QString &host, const QJsonObject &payload)
{
    if (kind.isEmpty())
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("Bulwark::Apply::Journal", "A journal entry needs a kind."));

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(
            m_path,
            QCoreApplication::translate("Bulwark::Apply::Journal", "Cannot create %1.").arg(info.absolutePath()));
    // One appender at a time: several hosts' workers in this process (the mutex) and the console and the CLI at once
    // (the lock file next to the journal).
    static QMutex processLock;
    const QMutexLocker locker(&processLock);
    QLockFile fileLock(m_path + QStringLiteral(".lock"));
    fileLock.setStaleLockTime(std::chrono::seconds(30));
    if (!fileLock.tryLock(std::chrono::seconds(10)))
        return ioError(m_path, QCoreApplication::translate("Bulwark::Apply::Journal",
                                                           "Another Bulwark is writing to the journal."));
    const bool existed = info.exists();

    // Find the last line to chain onto: it must end in '\n' and be a valid entry.
    qint64 sequence = 1;
    QString previousHash = JournalEntry::genesisHash();
    qint64 size = 0;
    if (existed) {
        QFile reader(m_path);
        if (!reader.open(QIODevice::ReadOnly))
            return ioError(m_path, reader.errorString());
        size = reader.size();
        if (size > 0) {
            // Read backwards in blocks until the newline that starts the last line.
            QByteArray tail;
            qint64 position = size;
            while (position > 0 && tail.size() <= MaxLineBytes) {
                const qint64 block = qMin<qint64>(position, 64 * 1024);
                position -= block;
                if (!reader.seek(position))
                    return ioError(m_path, reader.errorString());
                const QByteArray bytes = reader.read(block);
                if (bytes.size() != block)
                    return ioError(m_path, reader.errorString());
                tail.prepend(bytes);
                if (tail.size() >= 2 && tail.lastIndexOf('\n', tail.size() - 2) >= 0)
                    break;
            }
            if (!tail.endsWith('\n')) {
                // Count lines only on this rare path, to name the damaged line.
                auto lines = readLines(m_path);
                return truncatedError(lines ? int(lines->lines.size()) : 0);
            }
            const qint64 lineStart = tail.size() >= 2 ? tail.lastIndexOf('\n', tail.size() - 2) + 1 : 0;
            auto last = JournalEntry::fromJsonLine(tail.mid(lineStart, tail.size() - 1 - lineStart));
            if (!last) {
                auto lines = readLines(m_path);
                return lineError(lines ? int(lines->lines.size()) : 0,
                                 QCoreApplication::translate("Bulwark::Apply::Journal",
                                                             "the last entry is damaged; refusing to append."),
                                 last.error().detail());
            }
            sequence = last->sequence() + 1;
            previousHash = last->hash();
        }
    }

    const JournalEntry entry = JournalEntry::create(sequence, QDateTime::currentDateTimeUtc(), currentOperator(), host,
                                                    kind, payload, previousHash);
    const QByteArray line = entry.toJsonLine() + '\n';
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return ioError(m_path, file.errorString());
    // The journal holds the diffs of configuration files: readable by its owner only.
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(line) != line.size() || !syncFile(file)) {
        const QString detail = file.errorString();
        // Take back a partial line so the journal stays appendable.
        file.resize(size);
        syncFile(file);
        return ioError(m_path, detail);
    }
    file.close();
    if (!existed)
        syncDirectory(info.absolutePath());
    return entry;
}

Result<QList<JournalEntry>> Journal::entries() const
{
    auto lines = readLines(m_path);
    if (!lines)
        return lines.error();
    QList<JournalEntry> entries;
    entries.reserve(lines->lines.size());
    for (int i = 0; i < lines->lines.size(); ++i) {
        const int lineNumber = i + 1;
        const bool isLast = lineNumber == lines->lines.size();
        auto entry = JournalEntry::fromJsonLine(lines->lines.at(i));
        if (!entry) {
            if (isLast && !lines->lastComplete)
                return truncatedError(lineNumber);
            return lineError(lineNumber,
                             QCoreApplication::translate("Bulwark::Apply::Journal", "the entry cannot be read."),
                             entry.error().detail());
        }
        entries.append(std::move(entry).value());
    }
    // A final line that parses but lacks its newline was still cut off (the newline is written last).
    if (!lines->lastComplete)
        return truncatedError(int(lines->lines.size()));
    return entries;
}

Result<void> Journal::verify() const
{
    auto all = entries();
    if (!all)
        return all.error();
    QString previousHash = JournalEntry::genesisHash();
    for (int i = 0; i < all->size(); ++i) {
        const JournalEntry &entry = all->at(i);
        const int lineNumber = i + 1;
        if (!entry.hashMatches())
            return lineError(lineNumber, QCoreApplication::translate("Bulwark::Apply::Journal",
                                                                     "the entry does not match its hash (it was "
                                                                     "edited)."));
        if (entry.sequence() != lineNumber)
            return lineError(lineNumber, QCoreApplication::translate("Bulwark::Apply::Journal",
                                                                     "sequence number %1 where %2 was expected (a "
                                                                     "line was deleted, inserted or moved).")
                                             .arg(entry.sequence())
                                             .arg(lineNumber));
        if (entry.previousHash() != previousHash)
            return lineError(lineNumber, QCoreApplication::translate("Bulwark::Apply::Journal",
                                                                     "the entry does not chain to the one before it "
                                                                     "(an earlier line was altered or replaced)."));
        previousHash = entry.hash();
    }
    return {};
}

} // namespace Bulwark::Apply
