// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/diff/TextDiff.h"

#include <QCryptographicHash>
#include <git2.h>

namespace Bulwark::Diff {

namespace {

// libgit2 needs its global state (allocator, error slots) set up once per process. Never shut down: other users
// of libgit2 in the process may still need it, and the OS reclaims it at exit.
void ensureLibgit2()
{
    static const int initialised = git_libgit2_init();
    Q_UNUSED(initialised);
}

// Number of bytes that are not part of a well-formed UTF-8 sequence (no overlongs, no surrogates, <= U+10FFFF).
qsizetype invalidUtf8Bytes(const QByteArray &content)
{
    const auto *p = reinterpret_cast<const unsigned char *>(content.constData());
    const qsizetype n = content.size();
    qsizetype invalid = 0;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        }
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k) {
            const unsigned char cc = p[i + k];
            ok = k == 1 ? (cc >= low && cc <= high) : (cc >= 0x80 && cc <= 0xBF);
        }
        if (ok) {
            i += length;
        } else {
            ++invalid;
            ++i;
        }
    }
    return invalid;
}

struct Collector
{
    QList<DiffHunk> hunks;
};

int onHunk(const git_diff_delta *, const git_diff_hunk *hunk, void *payload)
{
    auto *collector = static_cast<Collector *>(payload);
    DiffHunk h;
    h.oldStart = hunk->old_start;
    h.oldCount = hunk->old_lines;
    h.newStart = hunk->new_start;
    h.newCount = hunk->new_lines;
    collector->hunks.append(std::move(h));
    return 0;
}

int onLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *collector = static_cast<Collector *>(payload);
    DiffLine::Kind kind;
    switch (line->origin) {
    case GIT_DIFF_LINE_CONTEXT:
        kind = DiffLine::Kind::Context;
        break;
    case GIT_DIFF_LINE_ADDITION:
        kind = DiffLine::Kind::Added;
        break;
    case GIT_DIFF_LINE_DELETION:
        kind = DiffLine::Kind::Removed;
        break;
    default:
        // The "\ No newline at end of file" markers: the preceding line's text already tells (no line feed).
        return 0;
    }
    if (collector->hunks.isEmpty())
        return -1; // a line before any hunk: libgit2 broke its contract; abort rather than guess
    DiffLine l;
    l.kind = kind;
    l.oldLine = line->old_lineno;
    l.newLine = line->new_lineno;
    qsizetype length = qsizetype(line->content_len);
    if (length > 0 && line->content[length - 1] == '\n')
        --length;
    else
        l.noNewlineAtEnd = true;
    l.text = QByteArray(line->content, length);
    collector->hunks.last().lines.append(std::move(l));
    return 0;
}

QByteArray range(int start, int count)
{
    return count == 1 ? QByteArray::number(start) : QByteArray::number(start) + ',' + QByteArray::number(count);
}

} // namespace

bool TextDiff::looksBinary(const QByteArray &content, const DiffOptions &options)
{
    if (content.contains('\0'))
        return true;
    // Counted over at least 1 KiB, so a short Latin-1 file with an accented word is not called binary.
    return invalidUtf8Bytes(content) * 100 >
           qMax(content.size(), qsizetype(1024)) * qsizetype(options.invalidUtf8Percent);
}

Result<TextDiff> TextDiff::compute(const QByteArray &before, const QByteArray &after, const DiffOptions &options)
{
    if (options.contextLines < 0)
        return Error(Error::Code::InvalidArgument, QStringLiteral("The number of context lines cannot be negative."));
    TextDiff diff;
    if (looksBinary(before, options) || looksBinary(after, options)) {
        BinarySummary summary;
        summary.oldSize = before.size();
        summary.newSize = after.size();
        summary.oldSha256 = QCryptographicHash::hash(before, QCryptographicHash::Sha256);
        summary.newSha256 = QCryptographicHash::hash(after, QCryptographicHash::Sha256);
        diff.m_binary = summary;
        return diff;
    }
    if (before == after)
        return diff;

    ensureLibgit2();
    git_diff_options gitOptions;
    git_diff_options_init(&gitOptions, GIT_DIFF_OPTIONS_VERSION);
    // Our own binary check ran above; libgit2 must not second-guess it (it would call a NUL-free file binary
    // only through attributes, which buffers have none of, but say so explicitly).
    gitOptions.flags = GIT_DIFF_FORCE_TEXT;
    gitOptions.context_lines = uint32_t(options.contextLines);
    gitOptions.interhunk_lines = 0;

    Collector collector;
    const int rc =
        git_diff_buffers(before.constData(), size_t(before.size()), nullptr, after.constData(), size_t(after.size()),
                         nullptr, &gitOptions, nullptr, nullptr, onHunk, onLine, &collector);
    if (rc != 0) {
        const git_error *error = git_error_last();
        return Error(Error::Code::Internal, QStringLiteral("The file difference could not be computed."),
                     error && error->message ? QString::fromUtf8(error->message) : QString::number(rc));
    }
    diff.m_hunks = std::move(collector.hunks);
    return diff;
}

bool TextDiff::isIdentical() const
{
    return m_binary ? m_binary->identical() : m_hunks.isEmpty();
}

int TextDiff::addedCount() const
{
    int count = 0;
    for (const DiffHunk &hunk : m_hunks)
        for (const DiffLine &line : hunk.lines)
            count += line.kind == DiffLine::Kind::Added;
    return count;
}

int TextDiff::removedCount() const
{
    int count = 0;
    for (const DiffHunk &hunk : m_hunks)
        for (const DiffLine &line : hunk.lines)
            count += line.kind == DiffLine::Kind::Removed;
    return count;
}

QByteArray TextDiff::unified(const QString &pathBefore, const QString &pathAfter) const
{
    if (isIdentical())
        return {};
    if (m_binary)
        return "Binary files " + pathBefore.toUtf8() + " and " + pathAfter.toUtf8() + " differ\n";
    QByteArray out;
    out += "--- " + pathBefore.toUtf8() + '\n';
    out += "+++ " + pathAfter.toUtf8() + '\n';
    for (const DiffHunk &hunk : m_hunks) {
        out += "@@ -" + range(hunk.oldStart, hunk.oldCount) + " +" + range(hunk.newStart, hunk.newCount) + " @@\n";
        for (const DiffLine &line : hunk.lines) {
            const char prefix = line.kind == DiffLine::Kind::Added     ? '+'
                                : line.kind == DiffLine::Kind::Removed ? '-'
                                                                       : ' ';
            out += prefix;
            out += line.text;
            out += '\n';
            if (line.noNewlineAtEnd)
                out += "\\ No newline at end of file\n";
        }
    }
    return out;
}

} // namespace Bulwark::Diff
