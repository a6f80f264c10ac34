// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <cstdint>

// Deterministic mutations of sudoers text for the visudo agreement test: delete, duplicate and swap tokens, insert
// punctuation, cut and split lines, swap in sudoers keywords. Same seed, same mutants, on every platform (the
// generator is a fixed xorshift, not std::uniform_*_distribution, whose output is implementation-defined).
class SudoersMutator
{
public:
    explicit SudoersMutator(std::uint64_t seed)
        : m_state(seed ? seed : 0x9e3779b97f4a7c15ULL)
    {}

    QByteArray mutate(const QByteArray &input)
    {
        QByteArray out = input;
        const int rounds = 1 + int(next(3));
        for (int i = 0; i < rounds; ++i)
            out = mutateOnce(out);
        return out;
    }

private:
    std::uint64_t next(std::uint64_t bound)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return bound ? m_state % bound : 0;
    }

    struct Token
    {
        qsizetype start;
        qsizetype length;
    };

    static bool isTokenChar(char c)
    {
        return c != ' ' && c != '\t' && c != '\n' && c != ',' && c != ':' && c != '=' && c != '(' && c != ')';
    }

    static QList<Token> tokens(const QByteArray &s)
    {
        QList<Token> out;
        qsizetype i = 0;
        while (i < s.size()) {
            if (isTokenChar(s.at(i))) {
                const qsizetype start = i;
                while (i < s.size() && isTokenChar(s.at(i)))
                    ++i;
                out.append({start, i - start});
            } else {
                if (s.at(i) != ' ' && s.at(i) != '\t' && s.at(i) != '\n')
                    out.append({i, 1});
                ++i;
            }
        }
        return out;
    }

    QByteArray mutateOnce(const QByteArray &s)
    {
        static const QList<QByteArray> vocabulary = {"ALL",
                                                     "NOPASSWD:",
                                                     "PASSWD:",
                                                     "NOEXEC:",
                                                     "SETENV:",
                                                     "FOO:",
                                                     "Defaults",
                                                     "Defaults:",
                                                     "Defaults@",
                                                     "Defaults!",
                                                     "Defaults>",
                                                     "User_Alias",
                                                     "Cmnd_Alias",
                                                     "Host_Alias",
                                                     "Runas_Alias",
                                                     "Cmd_Alias",
                                                     "!",
                                                     "%",
                                                     "%#",
                                                     "%:",
                                                     "+",
                                                     "#",
                                                     "\"\"",
                                                     "\"",
                                                     "\\",
                                                     "\\\n",
                                                     "sudoedit",
                                                     "list",
                                                     "root",
                                                     "/bin/sh",
                                                     "/usr/bin/*",
                                                     "ls",
                                                     "(ALL)",
                                                     "(ALL:ALL)",
                                                     "(:ALL)",
                                                     "()",
                                                     "env_keep",
                                                     "env_keep+=",
                                                     "env_check-=",
                                                     "use_pty",
                                                     "!use_pty",
                                                     "logfile",
                                                     "logfile=",
                                                     "secure_path",
                                                     "umask=077",
                                                     "umask=0999",
                                                     "passwd_tries=",
                                                     "timestamp_timeout=-1",
                                                     "lecture=once",
                                                     "lecture=sometimes",
                                                     "TIMEOUT=5",
                                                     "TIMEOUT=",
                                                     "CWD=*",
                                                     "CHROOT=",
                                                     "NOTBEFORE=20260101",
                                                     "ROLE=x",
                                                     "sha256:",
                                                     "sha224:abc",
                                                     "10.0.0.0/8",
                                                     "10.0.0.0/40",
                                                     "+net",
                                                     "#1000",
                                                     "%#10",
                                                     "FULLTIMERS",
                                                     "UNDEFINED",
                                                     "A",
                                                     "a",
                                                     "=",
                                                     ",",
                                                     ":",
                                                     "(",
                                                     ")",
                                                     "\t",
                                                     " ",
                                                     "\n",
                                                     "1",
                                                     "-1",
                                                     "*",
                                                     "?",
                                                     "[",
                                                     "]",
                                                     "~",
                                                     "@",
                                                     "$",
                                                     "\x80",
                                                     "\r"};
        static const QByteArray punctuation = ",:=()!#%+@\"\\ \t\n*/[]~-_.$;";
        QByteArray out = s;
        const QList<Token> toks = tokens(out);
        const int kind = int(next(10));
        if (toks.isEmpty() || kind == 0) {
            out.insert(qsizetype(next(out.size() + 1)), punctuation.at(qsizetype(next(punctuation.size()))));
            return out;
        }
        const Token t = toks.at(qsizetype(next(toks.size())));
        switch (kind) {
        case 1: // delete a token
            out.remove(t.start, t.length);
            break;
        case 2: // duplicate a token
            out.insert(t.start, out.mid(t.start, t.length) + (next(2) ? " " : ""));
            break;
        case 3: { // swap with a neighbour
            qsizetype i = 0;
            while (i < toks.size() && toks.at(i).start != t.start)
                ++i;
            if (i + 1 < toks.size()) {
                const Token u = toks.at(i + 1);
                const QByteArray a = out.mid(t.start, t.length), b = out.mid(u.start, u.length);
                out.replace(u.start, u.length, a);
                out.replace(t.start, t.length, b);
            }
            break;
        }
        case 4: // replace a token with a keyword or value
            out.replace(t.start, t.length, vocabulary.at(qsizetype(next(vocabulary.size()))));
            break;
        case 5: { // cut a line
            const QList<QByteArray> lines = out.split('\n');
            const qsizetype drop = qsizetype(next(lines.size()));
            QByteArray joined;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i == drop)
                    continue;
                joined += lines.at(i);
                if (i + 1 < lines.size())
                    joined += '\n';
            }
            out = joined;
            break;
        }
        case 6: // split a line
            out.insert(qsizetype(next(out.size() + 1)), next(2) ? "\n" : " \\\n");
            break;
        case 7: // insert a keyword between tokens
            out.insert(t.start, vocabulary.at(qsizetype(next(vocabulary.size()))) + ' ');
            break;
        case 8: // delete one byte
            out.remove(t.start + qsizetype(next(t.length)), 1);
            break;
        default: // punctuation inside a token
            out.insert(t.start + qsizetype(next(t.length + 1)), punctuation.at(qsizetype(next(punctuation.size()))));
            break;
        }
        return out;
    }

    std::uint64_t m_state;
};
