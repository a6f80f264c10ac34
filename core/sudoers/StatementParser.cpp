// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/sudoers/StatementParser.h"

#include "core/sudoers/DefaultsTable.h"

#include <QCoreApplication>
#include <algorithm>

namespace Bulwark::Sudoers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Bulwark::Sudoers::StatementParser", text);
}

struct ParseFailure
{
    qsizetype pos; // index into the logical line
    QString message;
};

// A line continuation appears as '\n' in a logical line: blank between tokens, but not where sudo's lexer wants
// plain blanks inside one token (a tag and its ':', after '!', after a Defaults binding character).
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n';
}
bool isPlainBlank(char c)
{
    return c == ' ' || c == '\t';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isAlnum(char c)
{
    return isDigit(c) || isUpper(c) || isLower(c);
}

const QList<QByteArray> &tagNames()
{
    static const QList<QByteArray> names = {"PASSWD",     "EXEC", "SETENV", "LOG_INPUT",
                                            "LOG_OUTPUT", "MAIL", "FOLLOW", "INTERCEPT"};
    return names;
}

const QList<QByteArray> &optionNames()
{
    static const QList<QByteArray> names = {"ROLE", "TYPE", "CWD", "CHROOT", "TIMEOUT", "NOTBEFORE", "NOTAFTER"};
    return names;
}

bool isReserved(const QByteArray &word)
{
    if (word == "ALL" || word == "APPARMOR_PROFILE" || optionNames().contains(word))
        return true;
    for (const QByteArray &t : tagNames())
        if (word == t || word == "NO" + t)
            return true;
    return false;
}

bool isAliasName(const QByteArray &w)
{
    if (w.isEmpty() || !isUpper(w.at(0)))
        return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return isUpper(c) || isDigit(c) || c == '_'; });
}

bool isHex(const QByteArray &v)
{
    return std::all_of(v.begin(), v.end(),
                       [](char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); });
}

bool validDigest(const QByteArray &algorithm, const QByteArray &value)
{
    const int bytes = algorithm == "sha224" ? 28 : algorithm == "sha256" ? 32 : algorithm == "sha384" ? 48 : 64;
    if (value.size() == bytes * 2 && isHex(value))
        return true;
    // base64, padded
    const qsizetype b64 = ((bytes + 2) / 3) * 4;
    if (value.size() != b64)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == bytes && decoded.decoded.toBase64() == value;
}

// Parses one logical line: bytes with continuations replaced by a space and the trailing comment removed.
class LineParser
{
public:
    explicit LineParser(const QByteArray &text)
        : m_s(text)
    {}

    void parse(Statement &st)
    {
        skipWs();
        if (atEnd()) {
            st.kind = Statement::Kind::Blank;
            return;
        }
        if (startsWithWord("@includedir") || startsWithWord("#includedir")) {
            parseInclude(st, true);
        } else if (startsWithWord("@include") || startsWithWord("#include")) {
            parseInclude(st, false);
        } else if (m_s.mid(m_pos).startsWith("Defaults") &&
                   (m_pos + 8 >= m_s.size() || QByteArray(":@!> \t").contains(m_s.at(m_pos + 8)))) {
            parseDefaults(st);
        } else if (startsWithWord("User_Alias")) {
            parseAliases(st, Statement::AliasType::User, 10);
        } else if (startsWithWord("Runas_Alias")) {
            parseAliases(st, Statement::AliasType::Runas, 11);
        } else if (startsWithWord("Host_Alias")) {
            parseAliases(st, Statement::AliasType::Host, 10);
        } else if (startsWithWord("Cmnd_Alias")) {
            parseAliases(st, Statement::AliasType::Command, 10);
        } else if (startsWithWord("Cmd_Alias")) {
            parseAliases(st, Statement::AliasType::Command, 9);
        } else {
            const QByteArray head = m_s.mid(m_pos, 12);
            for (const char *kw :
                 {"Defaults", "User_Alias", "Runas_Alias", "Host_Alias", "Cmnd_Alias", "Cmd_Alias", "@include"}) {
                if (head.startsWith(kw))
                    throw ParseFailure{m_pos, tr("\"%1\" must be followed by a space").arg(QString::fromLatin1(kw))};
            }
            parseUserSpec(st);
        }
        skipWs();
        if (!atEnd())
            throw ParseFailure{m_pos, tr("unexpected text here; a statement must end at the end of the line")};
    }

    qsizetype m_lastPos = 0;

private:
    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek(qsizetype ahead = 0) const { return m_pos + ahead < m_s.size() ? m_s.at(m_pos + ahead) : '\0'; }
    void skipPlainBlanks()
    {
        while (!atEnd() && isPlainBlank(m_s.at(m_pos)))
            ++m_pos;
    }
    void skipWs()
    {
        if (m_plainBlanksOnly) {
            skipPlainBlanks();
            return;
        }
        while (!atEnd() && isBlank(m_s.at(m_pos)))
            ++m_pos;
    }
    bool startsWithWord(const char *kw) const
    {
        const QByteArray k(kw);
        return m_s.mid(m_pos).startsWith(k) && m_pos + k.size() < m_s.size() && isPlainBlank(m_s.at(m_pos + k.size()));
    }
    [[noreturn]] void failHere(const QString &message) const { throw ParseFailure{m_pos, message}; }
    void expect(char c, const QString &message)
    {
        if (peek() != c)
            failHere(message);
        ++m_pos;
    }
    // After a list item: the next character must end it.
    void requireDelimiter(const char *allowed)
    {
        if (atEnd() || isBlank(peek()) || QByteArray(allowed).contains(peek()))
            return;
        failHere(tr("unexpected character '%1'").arg(QChar::fromLatin1(peek())));
    }
    QByteArray readWhile(bool (*pred)(char))
    {
        const qsizetype start = m_pos;
        while (!atEnd() && pred(m_s.at(m_pos)))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }
    static bool userChar(char c) { return isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '@' || c == '$'; }
    static bool hostChar(char c) { return isAlnum(c) || c == '_' || c == '.' || c == '-'; }
    static bool pathChar(char c) { return isAlnum(c) || QByteArray("_./+-*?[]{}~@%").contains(c); }
    static bool valueChar(char c) { return isAlnum(c) || QByteArray("_./:%@+*?{}~^-").contains(c); }
    static bool digitChar(char c) { return isDigit(c); }

    void setPos(Member &m, qsizetype pos) { m.column = int(pos); }

    bool readNegation()
    {
        if (peek() != '!')
            return false;
        ++m_pos;
        skipPlainBlanks();
        if (peek() == '!')
            failHere(tr("more than one '!' in a row is not supported; remove the extra '!'"));
        return true;
    }

    QByteArray readNumber()
    {
        const QByteArray n = readWhile(digitChar);
        if (n.isEmpty() || n.size() > 9)
            failHere(tr("expected a number of at most 9 digits"));
        return n;
    }

    void classifyWord(Member &m, const QByteArray &w, qsizetype start)
    {
        if (w.isEmpty()) {
            m_pos = start;
            failHere(tr("expected a name here"));
        }
        static const QList<QByteArray> lexerWords = {"sudoedit",    "list",       "Defaults",   "User_Alias",
                                                     "Runas_Alias", "Host_Alias", "Cmnd_Alias", "Cmd_Alias",
                                                     "sha224",      "sha256",     "sha384",     "sha512"};
        if (lexerWords.contains(w)) {
            m_pos = start;
            failHere(tr("\"%1\" is a sudoers keyword and cannot be used as a name").arg(QString::fromUtf8(w)));
        }
        if (w.contains('.') && std::all_of(w.begin(), w.end(), [](char c) { return isDigit(c) || c == '.'; })) {
            m_pos = start;
            failHere(tr("\"%1\" looks like a network address and cannot be used as a name").arg(QString::fromUtf8(w)));
        }
        if (w == "APPARMOR_PROFILE") {
            m_pos = start;
            failHere(tr("APPARMOR_PROFILE is not supported by this sudo (Debian 12 builds it without AppArmor)"));
        }
        if (w == "ALL") {
            m.kind = Member::Kind::All;
        } else if (isAliasName(w)) {
            if (isReserved(w)) {
                m_pos = start;
                failHere(tr("\"%1\" is a reserved word and cannot be used here").arg(QString::fromUtf8(w)));
            }
            m.kind = Member::Kind::Alias;
        } else {
            m.kind = Member::Kind::Name;
        }
        m.name = w;
    }

    // user, %group, %#gid, %:group, %:#gid, +netgroup, #uid, ALL, ALIAS
    Member readUser()
    {
        Member m;
        m.column = int(m_pos);
        m.negated = readNegation();
        const qsizetype start = m_pos;
        if (peek() == '%') {
            ++m_pos;
            if (peek() == ':') {
                ++m_pos;
                m.kind = Member::Kind::NonUnixGroup;
                if (peek() == '#') {
                    ++m_pos;
                    m.name = '#' + readNumber();
                } else {
                    m.name = readWhile(userChar);
                }
            } else if (peek() == '#') {
                ++m_pos;
                m.kind = Member::Kind::Gid;
                m.name = readNumber();
            } else {
                m.kind = Member::Kind::Group;
                m.name = readWhile(userChar);
            }
            if (m.name.isEmpty())
                failHere(tr("expected a group name after '%'"));
        } else if (peek() == '+') {
            ++m_pos;
            m.kind = Member::Kind::Netgroup;
            m.name = readWhile(hostChar);
            if (m.name.isEmpty())
                failHere(tr("expected a netgroup name after '+'"));
        } else if (peek() == '#') {
            ++m_pos;
            m.kind = Member::Kind::Uid;
            m.name = readNumber();
        } else {
            classifyWord(m, readWhile(userChar), start);
        }
        requireDelimiter(",=:)");
        return m;
    }

    // group names in "(user : group)"
    Member readRunasGroup()
    {
        Member m;
        m.column = int(m_pos);
        m.negated = readNegation();
        const qsizetype start = m_pos;
        if (peek() == '#') {
            ++m_pos;
            m.kind = Member::Kind::Gid;
            m.name = readNumber();
        } else {
            classifyWord(m, readWhile(userChar), start);
        }
        requireDelimiter(",)");
        return m;
    }

    static bool isIPv4(const QByteArray &w)
    {
        const QList<QByteArray> parts = w.split('.');
        if (parts.size() != 4)
            return false;
        for (const QByteArray &p : parts) {
            if (p.isEmpty() || p.size() > 3 || !std::all_of(p.begin(), p.end(), isDigit) || p.toInt() > 255)
                return false;
        }
        return true;
    }

    Member readHost()
    {
        Member m;
        m.column = int(m_pos);
        m.negated = readNegation();
        const qsizetype start = m_pos;
        if (peek() == '+') {
            ++m_pos;
            m.kind = Member::Kind::Netgroup;
            m.name = readWhile(hostChar);
            if (m.name.isEmpty())
                failHere(tr("expected a netgroup name after '+'"));
        } else {
            const QByteArray w = readWhile(hostChar);
            if (isIPv4(w)) {
                m.kind = Member::Kind::Network;
                m.name = w;
                if (peek() == '/') {
                    ++m_pos;
                    const QByteArray mask = readWhile(hostChar);
                    const bool bits = !mask.isEmpty() && mask.size() <= 2 &&
                                      std::all_of(mask.begin(), mask.end(), isDigit) && mask.toInt() <= 32;
                    if (!bits && !isIPv4(mask))
                        failHere(tr("a network mask must be a number of bits (0-32) or a dotted mask"));
                    m.name += '/' + mask;
                }
            } else {
                classifyWord(m, w, start);
            }
        }
        requireDelimiter(",=:");
        return m;
    }

    // Arguments after a command path, escapes kept as written; stops at an unescaped ',' or ':'.
    QByteArray readArgs()
    {
        const qsizetype start = m_pos;
        qsizetype lastNonBlank = m_pos;
        bool afterPlain = false; // the previous byte was an ordinary argument character (not blank, escape or '=')
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == ':')
                break;
            if (c == '\\') {
                const char n = peek(1);
                if (!QByteArray(",:=\\ #*?[]!").contains(n) || n == '\0')
                    failHere(tr("unsupported escape sequence '\\%1' in command arguments").arg(QChar::fromLatin1(n)));
                m_pos += 2;
                lastNonBlank = m_pos;
                afterPlain = false;
                continue;
            }
            // sudo takes '=' inside a word ("--x=1") but not at its start or after an escape or another '='.
            if (c == '=' && !afterPlain)
                failHere(tr("'=' here must be escaped as '\\='"));
            afterPlain = !isBlank(c) && c != '=';
            if (c == '"' || c == '#')
                failHere(tr("'%1' in command arguments must be escaped with a backslash").arg(QChar::fromLatin1(c)));
            if (uchar(c) < 0x20 && c != '\t' && c != '\n')
                failHere(tr("control character in command arguments"));
            ++m_pos;
            if (!isBlank(c))
                lastNonBlank = m_pos;
        }
        QByteArray args = m_s.mid(start, lastNonBlank - start);
        m_pos = lastNonBlank;
        return args.replace('\n', ' ');
    }

    void readCommandTail(Member &m)
    {
        if (!isBlank(peek()))
            return;
        const qsizetype save = m_pos;
        skipWs();
        if (atEnd() || peek() == ',' || peek() == ':') {
            m_pos = save;
            return;
        }
        if (peek() == '"' && peek(1) == '"') {
            m_pos += 2;
            const qsizetype after = m_pos;
            skipWs();
            if (!atEnd() && peek() != ',' && peek() != ':')
                failHere(tr("\"\" (no arguments allowed) cannot be followed by more arguments"));
            m_pos = after;
            m.hasArgs = true;
            m.args.clear();
            return;
        }
        m.hasArgs = true;
        m.args = readArgs();
    }

    Member readCommand(bool allowArgs = true)
    {
        Member m;
        m.column = int(m_pos);
        m.negated = readNegation();
        for (const char *alg : {"sha224", "sha256", "sha384", "sha512"}) {
            const QByteArray prefix = QByteArray(alg) + ':';
            if (m_s.mid(m_pos).startsWith(prefix)) {
                if (m.negated)
                    failHere(tr("'!' cannot be put in front of a digest"));
                m_pos += prefix.size();
                m.digestAlgorithm = alg;
                m.digest = readWhile([](char c) { return isAlnum(c) || c == '+' || c == '/' || c == '='; });
                if (!validDigest(m.digestAlgorithm, m.digest))
                    failHere(tr("the %1 digest has the wrong length or characters").arg(QString::fromLatin1(alg)));
                if (!isBlank(peek()))
                    failHere(tr("expected a space between the digest and the command"));
                skipWs();
                if (peek() == '!')
                    failHere(tr("'!' must come before the digest"));
                break;
            }
        }
        const qsizetype start = m_pos;
        if (peek() == '/') {
            m.kind = Member::Kind::Command;
            m.name = readWhile(pathChar);
            if (m.name.mid(m.name.lastIndexOf('/') + 1) == "sudoedit") {
                m_pos = start;
                failHere(tr("write sudoedit without a path (\"sudoedit /file\"), not \"%1\"")
                             .arg(QString::fromUtf8(m.name)));
            }
            if (m.name == "/")
                failHere(tr("\"/\" alone is not a command; give a fully-qualified path"));
            if (peek() == '\\' || (!atEnd() && !isBlank(peek()) && peek() != ',' && peek() != ':'))
                failHere(tr("unexpected character '%1' in a command path").arg(QChar::fromLatin1(peek())));
            if (allowArgs)
                readCommandTail(m);
            if (m.hasArgs && m.isDirectory()) {
                m_pos = start;
                failHere(tr("a directory (a path ending in '/') cannot take arguments"));
            }
            return m;
        }
        const QByteArray w = readWhile([](char c) { return isAlnum(c) || c == '_'; });
        if (w == "sudoedit") {
            m.kind = Member::Kind::Sudoedit;
            m.name = w;
            requireDelimiter(",:");
            if (allowArgs)
                readCommandTail(m);
            return m;
        }
        if (w == "list" && m.digestAlgorithm.isEmpty()) {
            m.kind = Member::Kind::List;
            m.name = w;
            requireDelimiter(",:");
            return m;
        }
        if (w == "ALL" || (isAliasName(w) && m.digestAlgorithm.isEmpty())) {
            classifyWord(m, w, start);
            requireDelimiter(",:");
            return m;
        }
        m_pos = start;
        failHere(tr("expected a command with a fully-qualified path (starting with '/'), ALL, sudoedit or a "
                    "Cmnd_Alias"));
    }

    template<typename Reader>
    MemberList readList(Reader reader)
    {
        MemberList list;
        list.append(reader());
        for (;;) {
            const qsizetype save = m_pos;
            skipWs();
            if (peek() != ',') {
                m_pos = save;
                break;
            }
            ++m_pos;
            skipWs();
            list.append(reader());
        }
        return list;
    }

    void parseInclude(Statement &st, bool directory)
    {
        st.kind = Statement::Kind::Include;
        st.includeDirectory = directory;
        st.legacyInclude = peek() == '#';
        m_pos += directory ? 11 : 8;
        skipWs();
        if (atEnd())
            failHere(tr("expected a file or directory name to include"));
        if (peek() == '"') {
            ++m_pos;
            const qsizetype start = m_pos;
            while (!atEnd() && peek() != '"') {
                if (peek() == '\\' || uchar(peek()) < 0x20)
                    failHere(tr("backslashes and control characters are not supported in an include path"));
                ++m_pos;
            }
            if (atEnd())
                failHere(tr("missing closing quote"));
            st.includePath = m_s.mid(start, m_pos - start);
            ++m_pos;
        } else {
            st.includePath = readWhile([](char c) { return isAlnum(c) || QByteArray("_./%+@:~-").contains(c); });
            requireDelimiter("");
        }
        if (st.includePath.isEmpty())
            failHere(tr("the include path is empty"));
        st.includeHostExpansion = st.includePath.contains("%h");
        if (st.includePath.contains('%') && st.includePath.count('%') != st.includePath.count("%h"))
            failHere(tr("only %h may follow '%' in an include path"));
    }

    Member readBindingMember(Statement::Binding binding)
    {
        if (peek() == '\n')
            failHere(tr("sudo does not allow a line continuation inside the list after Defaults:, @, ! or >"));
        switch (binding) {
        case Statement::Binding::User:
        case Statement::Binding::Runas:
            return readUser();
        case Statement::Binding::Host:
            return readHost();
        case Statement::Binding::Command: {
            Member m = readCommand(false);
            if (m.kind != Member::Kind::Command && m.kind != Member::Kind::Alias)
                failHere(tr("Defaults! takes commands (paths) or Cmnd_Alias names"));
            if (!m.digestAlgorithm.isEmpty())
                failHere(tr("digests are not supported in Defaults!"));
            return m;
        }
        case Statement::Binding::Global:
            break;
        }
        return {};
    }

    DefaultsEntry readDefaultsEntry()
    {
        DefaultsEntry e;
        e.column = int(m_pos);
        if (peek() == '!') {
            e.op = DefaultsEntry::Operator::Negate;
            ++m_pos;
            skipPlainBlanks();
            if (peek() == '!')
                failHere(tr("more than one '!' in a row is not supported; remove the extra '!'"));
        }
        const qsizetype nameStart = m_pos;
        e.name = readWhile([](char c) { return isLower(c) || c == '_'; });
        if (e.name.isEmpty())
            failHere(tr("expected the name of a Defaults option"));
        requireDelimiter(",=+-");
        const qsizetype afterName = m_pos;
        skipWs();
        if (peek() == '=' || ((peek() == '+' || peek() == '-') && peek(1) == '=')) {
            if (e.op == DefaultsEntry::Operator::Negate)
                failHere(tr("\"!%1\" cannot take a value").arg(QString::fromUtf8(e.name)));
            if (peek() == '+')
                e.op = DefaultsEntry::Operator::Add;
            else if (peek() == '-')
                e.op = DefaultsEntry::Operator::Remove;
            m_pos += peek() == '=' ? 1 : 2;
            skipWs();
            e.hasValue = true;
            if (peek() == '"') {
                e.quoted = true;
                ++m_pos;
                const qsizetype start = m_pos;
                while (!atEnd() && peek() != '"') {
                    if (peek() == '\\' || (uchar(peek()) < 0x20 && peek() != '\t'))
                        failHere(tr("backslashes and control characters are not supported inside quotes"));
                    ++m_pos;
                }
                if (atEnd())
                    failHere(tr("missing closing quote"));
                e.value = m_s.mid(start, m_pos - start);
                ++m_pos;
            } else {
                e.value = readWhile(valueChar);
            }
            requireDelimiter(",");
        } else {
            m_pos = afterName;
        }
        const QString problem = DefaultsTable::check(e);
        if (!problem.isEmpty()) {
            m_pos = nameStart;
            failHere(problem);
        }
        return e;
    }

    void parseDefaults(Statement &st)
    {
        st.kind = Statement::Kind::Defaults;
        m_pos += 8;
        const char b = peek();
        st.binding = b == ':'   ? Statement::Binding::User
                     : b == '@' ? Statement::Binding::Host
                     : b == '!' ? Statement::Binding::Command
                     : b == '>' ? Statement::Binding::Runas
                                : Statement::Binding::Global;
        if (st.binding != Statement::Binding::Global) {
            ++m_pos;
            skipPlainBlanks();
            // sudo does not take a line continuation inside the binding list.
            m_plainBlanksOnly = true;
            st.bindingMembers = readList([&] { return readBindingMember(st.binding); });
            m_plainBlanksOnly = false;
            if (!isBlank(peek()))
                failHere(tr("expected a space before the Defaults settings"));
        }
        skipWs();
        if (atEnd())
            failHere(tr("Defaults without any setting"));
        st.defaults.append(readDefaultsEntry());
        for (;;) {
            skipWs();
            if (peek() != ',')
                break;
            ++m_pos;
            skipWs();
            st.defaults.append(readDefaultsEntry());
        }
    }

    void parseAliases(Statement &st, Statement::AliasType type, int keywordLength)
    {
        st.kind = Statement::Kind::Alias;
        st.aliasType = type;
        m_pos += keywordLength;
        for (;;) {
            skipWs();
            Statement::AliasDefinition def;
            def.column = int(m_pos);
            const QByteArray name = readWhile([](char c) { return isAlnum(c) || c == '_'; });
            if (!isAliasName(name)) {
                m_pos = def.column;
                failHere(tr("an alias name must start with an upper-case letter and contain only upper-case "
                            "letters, digits and '_'"));
            }
            if (isReserved(name)) {
                m_pos = def.column;
                failHere(tr("\"%1\" is a reserved word and cannot be an alias name").arg(QString::fromUtf8(name)));
            }
            def.name = name;
            skipWs();
            expect('=', tr("expected '=' after the alias name"));
            skipWs();
            switch (type) {
            case Statement::AliasType::User:
            case Statement::AliasType::Runas:
                def.members = readList([&] { return readUser(); });
                break;
            case Statement::AliasType::Host:
                def.members = readList([&] { return readHost(); });
                break;
            case Statement::AliasType::Command:
                def.members = readList([&] { return readCommand(); });
                break;
            }
            st.aliases.append(def);
            skipWs();
            if (peek() != ':')
                break;
            ++m_pos;
        }
    }

    bool readOption(CmndSpec &spec)
    {
        for (const QByteArray &name : optionNames()) {
            if (!m_s.mid(m_pos).startsWith(QByteArray(name + '=')))
                continue;
            const qsizetype start = m_pos;
            m_pos += name.size() + 1;
            const QByteArray v = readWhile([](char c) { return !isBlank(c) && c != ',' && c != ':'; });
            bool good = false;
            if (name == "ROLE" || name == "TYPE") {
                // SELinux names are lower case; an upper-case word would be read by sudo as an alias.
                good = !v.isEmpty() && isLower(v.at(0)) &&
                       std::all_of(v.begin(), v.end(), [](char c) { return isLower(c) || isDigit(c) || c == '_'; }) &&
                       v != "sudoedit" && v != "list" && !v.startsWith("sha");
            } else if (name == "CWD" || name == "CHROOT") {
                good = v == "*" || (name == "CWD" && v == "~") ||
                       (v.startsWith('/') && std::all_of(v.begin(), v.end(), [](char c) {
                            return isAlnum(c) || QByteArray("_./-").contains(c);
                        }));
            } else if (name == "TIMEOUT") {
                DefaultsEntry probe;
                probe.name = "command_timeout";
                probe.hasValue = true;
                probe.value = v;
                good = DefaultsTable::check(probe).isEmpty();
            } else { // NOTBEFORE, NOTAFTER: YYYYMMDDHHMM[SS][Z]
                QByteArray d = v.endsWith('Z') ? v.chopped(1) : v;
                good = (d.size() == 12 || d.size() == 14) && std::all_of(d.begin(), d.end(), isDigit);
                if (good) {
                    const int mon = d.mid(4, 2).toInt(), day = d.mid(6, 2).toInt(), hour = d.mid(8, 2).toInt(),
                              min = d.mid(10, 2).toInt(), sec = d.size() == 14 ? d.mid(12, 2).toInt() : 0;
                    good = mon >= 1 && mon <= 12 && day >= 1 && day <= 31 && hour < 24 && min < 60 && sec < 60;
                }
            }
            if (!good) {
                m_pos = start;
                failHere(tr("invalid value for %1").arg(QString::fromLatin1(name)));
            }
            if (!isBlank(peek()))
                failHere(tr("expected a space after the %1 option").arg(QString::fromLatin1(name)));
            spec.options.insert(name, v);
            return true;
        }
        return false;
    }

    bool readTag(CmndSpec &spec)
    {
        qsizetype end = m_pos;
        while (end < m_s.size() && (isUpper(m_s.at(end)) || m_s.at(end) == '_'))
            ++end;
        const QByteArray word = m_s.mid(m_pos, end - m_pos);
        qsizetype colon = end;
        while (colon < m_s.size() && isPlainBlank(m_s.at(colon)))
            ++colon;
        if (colon >= m_s.size() || m_s.at(colon) != ':')
            return false;
        bool value = true;
        QByteArray base = word;
        if (word.startsWith("NO") && tagNames().contains(word.mid(2))) {
            value = false;
            base = word.mid(2);
        }
        if (!tagNames().contains(base))
            return false;
        spec.tags.insert(base, value);
        m_pos = colon + 1;
        return true;
    }

    void readRunas(CmndSpec &spec)
    {
        ++m_pos; // (
        skipWs();
        spec.runasUsers.clear();
        spec.runasGroups.clear();
        spec.hasRunas = true;
        spec.writtenRunas = true;
        spec.hasRunasGroups = false;
        if (peek() != ':' && peek() != ')')
            spec.runasUsers = readList([&] { return readUser(); });
        skipWs();
        if (peek() == ':') {
            ++m_pos;
            skipWs();
            spec.hasRunasGroups = true;
            if (peek() == ')')
                failHere(tr("expected a group after ':'"));
            spec.runasGroups = readList([&] { return readRunasGroup(); });
            skipWs();
        }
        expect(')', tr("expected ')' to close the runas list"));
    }

    void readCmndSpecs(HostSection &section)
    {
        CmndSpec carried;
        for (;;) {
            skipWs();
            CmndSpec spec = carried;
            spec.writtenRunas = false;
            if (peek() == '(') {
                readRunas(spec);
                skipWs();
            }
            while (readOption(spec))
                skipWs();
            while (readTag(spec))
                skipWs();
            spec.command = readCommand();
            section.commands.append(spec);
            carried = spec;
            const qsizetype save = m_pos;
            skipWs();
            if (peek() != ',') {
                m_pos = save;
                break;
            }
            ++m_pos;
        }
    }

    void parseUserSpec(Statement &st)
    {
        st.kind = Statement::Kind::UserSpec;
        st.users = readList([&] { return readUser(); });
        for (;;) {
            skipWs();
            HostSection section;
            section.hosts = readList([&] { return readHost(); });
            skipWs();
            expect('=', tr("expected '=' between the host list and the commands"));
            readCmndSpecs(section);
            st.sections.append(section);
            skipWs();
            if (peek() != ':')
                break;
            ++m_pos;
        }
    }

    QByteArray m_s;
    qsizetype m_pos = 0;
    bool m_plainBlanksOnly = false;
};

} // namespace

struct StatementParser::Line
{
    QByteArray logical;       // continuation replaced by ' ', comment removed
    QList<qsizetype> origins; // byte offset of each logical byte
    qsizetype end = 0;        // one past the statement's last byte (after its newline)
    bool hasComment = false;
    bool hasContinuation = false;
};

StatementParser::StatementParser(const QByteArray &text, const QString &path)
    : m_text(text)
    , m_path(path)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == '\n')
            m_lineStarts.append(i + 1);
}

int StatementParser::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

int StatementParser::columnOf(qsizetype offset) const
{
    return int(offset - m_lineStarts.at(lineOf(offset) - 1) + 1);
}

void StatementParser::fail(qsizetype offset, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error.severity = Diagnostic::Severity::Error;
    m_error.path = m_path;
    m_error.line = lineOf(offset);
    m_error.column = columnOf(offset);
    m_error.message = message;
}

bool StatementParser::splitLine(qsizetype start, Line &line)
{
    const QByteArray &t = m_text;
    qsizetype p = start;
    bool inQuote = false;
    auto lastLogical = [&]() -> char {
        return line.logical.isEmpty() ? '\0' : line.logical.back();
    };
    auto onlyBlanks = [&]() {
        return std::all_of(line.logical.begin(), line.logical.end(), [](char c) { return isBlank(c); });
    };
    while (p < t.size()) {
        const char c = t.at(p);
        if (c == '\n') {
            ++p;
            break;
        }
        if (c == '\\' && p + 1 < t.size() && t.at(p + 1) == '\n' && !inQuote) {
            line.hasContinuation = true;
            if (onlyBlanks() || !(isBlank(lastLogical()) || lastLogical() == ',' || lastLogical() == ':')) {
                fail(p, tr("a line continuation (backslash at the end of a line) must follow a space, a comma or a "
                           "colon inside a statement"));
                return false;
            }
            qsizetype q = p + 2;
            while (q < t.size() && isBlank(t.at(q)))
                ++q;
            if (q >= t.size() || t.at(q) == '\n' || t.at(q) == '#') {
                fail(p, tr("a line continuation must be followed by more of the statement, not by a blank line, a "
                           "comment or the end of the file"));
                return false;
            }
            line.logical.append('\n');
            line.origins.append(p);
            p += 2;
            continue;
        }
        if (c == '"')
            inQuote = !inQuote;
        if (c == '#' && !inQuote && (onlyBlanks() || isBlank(lastLogical()))) {
            const QByteArray rest = t.mid(p, 12);
            const bool directive =
                onlyBlanks() && ((rest.startsWith("#includedir") && rest.size() > 11 && isBlank(rest.at(11))) ||
                                 (rest.startsWith("#include") && rest.size() > 8 && isBlank(rest.at(8))));
            const char next = p + 1 < t.size() ? t.at(p + 1) : '\0';
            if (!directive && !isDigit(next)) {
                if (next == '-' && (p + 2 >= t.size() || isDigit(t.at(p + 2)) || t.at(p + 2) == '\n')) {
                    fail(p, tr("\"#-\" must be followed by comment text; negative ids (#-N) are not supported"));
                    return false;
                }
                // comment to the end of the physical line
                line.hasComment = true;
                while (p < t.size() && t.at(p) != '\n') {
                    if (t.at(p) == '\0') {
                        fail(p, tr("NUL byte in the file"));
                        return false;
                    }
                    ++p;
                }
                continue;
            }
        }
        if (uchar(c) >= 0x80 || (uchar(c) < 0x20 && c != '\t') || c == 0x7f) {
            fail(p, tr("unsupported character (byte 0x%1); only printable ASCII is allowed outside comments")
                        .arg(uchar(c), 2, 16, QChar(u'0')));
            return false;
        }
        line.logical.append(c);
        line.origins.append(p);
        ++p;
    }
    line.end = p;
    return true;
}

bool StatementParser::parseLine(const Line &line, Statement &st)
{
    LineParser parser(line.logical);
    try {
        parser.parse(st);
    } catch (const ParseFailure &f) {
        const qsizetype idx = std::clamp<qsizetype>(f.pos, 0, line.origins.size());
        const qsizetype offset = idx < line.origins.size() ? line.origins.at(idx)
                                 : line.origins.isEmpty()  ? st.offset
                                                           : line.origins.back() + 1;
        fail(offset, f.message);
        return false;
    }
    if (st.kind == Statement::Kind::Blank && line.hasComment)
        st.kind = Statement::Kind::Comment;
    if (st.kind == Statement::Kind::Include && line.hasContinuation) {
        fail(st.offset, tr("an include line cannot be continued with a backslash"));
        return false;
    }
    // Member columns were logical indexes: make them physical lines and columns.
    auto fix = [&](int &lineNo, int &column) {
        const qsizetype idx = std::clamp<qsizetype>(column, 0, std::max<qsizetype>(0, line.origins.size() - 1));
        const qsizetype off = line.origins.isEmpty() ? st.offset : line.origins.at(idx);
        lineNo = lineOf(off);
        column = columnOf(off);
    };
    auto fixList = [&](MemberList &list) {
        for (Member &m : list)
            fix(m.line, m.column);
    };
    fixList(st.bindingMembers);
    fixList(st.users);
    for (DefaultsEntry &e : st.defaults)
        fix(e.line, e.column);
    for (Statement::AliasDefinition &a : st.aliases) {
        fix(a.line, a.column);
        fixList(a.members);
    }
    for (HostSection &s : st.sections) {
        fixList(s.hosts);
        for (CmndSpec &c : s.commands) {
            fix(c.command.line, c.command.column);
            fixList(c.runasUsers);
            fixList(c.runasGroups);
        }
    }
    return true;
}

std::optional<QList<Statement>> StatementParser::parse()
{
    QList<Statement> statements;
    qsizetype pos = 0;
    while (pos < m_text.size()) {
        Line line;
        if (!splitLine(pos, line))
            return std::nullopt;
        Statement st;
        st.offset = pos;
        st.length = line.end - pos;
        st.text = m_text.mid(pos, st.length);
        st.firstLine = lineOf(pos);
        st.lastLine = lineOf(std::max(pos, line.end - 1));
        if (!parseLine(line, st))
            return std::nullopt;
        statements.append(st);
        pos = line.end;
    }
    return statements;
}

} // namespace Bulwark::Sudoers
