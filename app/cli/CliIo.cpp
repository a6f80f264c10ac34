// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliIo.h"

#include <QSaveFile>
#include <termios.h>
#include <unistd.h>

void CliIo::printErr(const QString &text)
{
    writeBytes(text.toLocal8Bit() + '\n', stderr);
}

void CliIo::print(const QString &text, FILE *stream)
{
    writeBytes(text.toLocal8Bit(), stream);
}

void CliIo::writeBytes(const QByteArray &bytes, FILE *stream)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QByteArray CliIo::readLine(FILE *in)
{
    QByteArray line;
    for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in))
        line += char(c);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray CliIo::askSecret(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    writeBytes(prompt.toLocal8Bit(), tty);
    termios old{};
    const int fd = fileno(tty);
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray secret = readLine(tty);
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputc('\n', tty);
    std::fclose(tty);
    return secret;
}

bool CliIo::askYesNo(const QString &question)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    writeBytes(question.toLocal8Bit(), tty);
    const QByteArray answer = readLine(tty).trimmed().toLower();
    std::fclose(tty);
    return answer == "yes" || answer == "y";
}

bool CliIo::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path == u"-") {
        writeBytes(bytes, stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}
