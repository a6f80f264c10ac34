// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/diff/IntraLine.h"

#include <vector>

namespace Bulwark::Diff {

namespace {

struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
};

enum class Class
{
    Word,
    Blank,
    Other,
};

Class classOf(unsigned char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80)
        return Class::Word;
    if (c == ' ' || c == '\t')
        return Class::Blank;
    return Class::Other;
}

std::vector<Token> tokenize(QByteArrayView text)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const Class cls = classOf(static_cast<unsigned char>(text[i]));
        qsizetype j = i + 1;
        if (cls != Class::Other)
            while (j < text.size() && classOf(static_cast<unsigned char>(text[j])) == cls)
                ++j;
        tokens.push_back({i, j - i});
        i = j;
    }
    return tokens;
}

bool same(QByteArrayView a, const Token &ta, QByteArrayView b, const Token &tb)
{
    return a.sliced(ta.start, ta.length) == b.sliced(tb.start, tb.length);
}

// Turns changed-token flags into merged byte ranges.
QList<ByteRange> ranges(const std::vector<Token> &tokens, const std::vector<bool> &changed)
{
    QList<ByteRange> out;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (!changed[i])
            continue;
        if (!out.isEmpty() && out.last().start + out.last().length == tokens[i].start)
            out.last().length += tokens[i].length;
        else
            out.append({tokens[i].start, tokens[i].length});
    }
    return out;
}

} // namespace

IntraLineChange IntraLine::compare(QByteArrayView oldText, QByteArrayView newText)
{
    const std::vector<Token> a = tokenize(oldText);
    const std::vector<Token> b = tokenize(newText);
    std::vector<bool> changedA(a.size(), true);
    std::vector<bool> changedB(b.size(), true);

    size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && same(oldText, a[prefix], newText, b[prefix])) {
        changedA[prefix] = changedB[prefix] = false;
        ++prefix;
    }
    size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           same(oldText, a[a.size() - 1 - suffix], newText, b[b.size() - 1 - suffix])) {
        changedA[a.size() - 1 - suffix] = changedB[b.size() - 1 - suffix] = false;
        ++suffix;
    }

    const size_t n = a.size() - prefix - suffix;
    const size_t m = b.size() - prefix - suffix;
    if (n > 0 && m > 0 && qsizetype(n) * qsizetype(m) <= MaxLcsCells) {
        // lcs[i][j]: LCS length of a[prefix + i ..] and b[prefix + j ..] (middle parts only).
        const size_t width = m + 1;
        std::vector<quint32> lcs((n + 1) * width, 0);
        for (size_t i = n; i-- > 0;) {
            for (size_t j = m; j-- > 0;) {
                lcs[i * width + j] = same(oldText, a[prefix + i], newText, b[prefix + j])
                                         ? lcs[(i + 1) * width + j + 1] + 1
                                         : qMax(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
            }
        }
        size_t i = 0;
        size_t j = 0;
        while (i < n && j < m) {
            if (same(oldText, a[prefix + i], newText, b[prefix + j])) {
                changedA[prefix + i] = changedB[prefix + j] = false;
                ++i;
                ++j;
            } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    IntraLineChange change;
    change.oldRanges = ranges(a, changedA);
    change.newRanges = ranges(b, changedB);
    return change;
}

QList<IntraLineChange> IntraLine::forHunk(const DiffHunk &hunk)
{
    QList<IntraLineChange> out;
    const qsizetype count = hunk.lines.size();
    qsizetype i = 0;
    while (i < count) {
        if (hunk.lines.at(i).kind != DiffLine::Kind::Removed) {
            ++i;
            continue;
        }
        const qsizetype removedBegin = i;
        while (i < count && hunk.lines.at(i).kind == DiffLine::Kind::Removed)
            ++i;
        const qsizetype addedBegin = i;
        while (i < count && hunk.lines.at(i).kind == DiffLine::Kind::Added)
            ++i;
        const qsizetype pairs = qMin(addedBegin - removedBegin, i - addedBegin);
        for (qsizetype k = 0; k < pairs; ++k) {
            IntraLineChange change = compare(hunk.lines.at(removedBegin + k).text, hunk.lines.at(addedBegin + k).text);
            change.removedIndex = int(removedBegin + k);
            change.addedIndex = int(addedBegin + k);
            out.append(std::move(change));
        }
    }
    return out;
}

} // namespace Bulwark::Diff
