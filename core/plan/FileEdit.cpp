// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/plan/FileEdit.h"

#include "core/plan/PlanJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Bulwark::Plan {

namespace {

QString transformKey(FileEdit::Transform transform)
{
    switch (transform) {
    case FileEdit::Transform::None:
        return {};
    case FileEdit::Transform::CommentOutInetdService:
        return QStringLiteral("comment-out-inetd-service");
    case FileEdit::Transform::DisableXinetdService:
        return QStringLiteral("disable-xinetd-service");
    }
    return {};
}

std::optional<FileEdit::Transform> parseTransform(const QString &key)
{
    if (key.isEmpty())
        return FileEdit::Transform::None;
    if (key == QLatin1String("comment-out-inetd-service"))
        return FileEdit::Transform::CommentOutInetdService;
    if (key == QLatin1String("disable-xinetd-service"))
        return FileEdit::Transform::DisableXinetdService;
    return std::nullopt;
}

} // namespace

void FileEdit::setBefore(const QByteArray &content)
{
    m_before = content;
    m_beforeSha256 = sha256Hex(content);
    m_needsRead = false;
    m_beforeExists = true;
}

void FileEdit::setBeforeAbsent()
{
    setBefore({});
    m_beforeExists = false;
}

QByteArray FileEdit::sha256Hex(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

QStringList FileEdit::validatorFor(const QString &stagedPath) const
{
    QStringList argv;
    argv.reserve(m_validator.size());
    for (const QString &element : m_validator) {
        QString copy = element;
        argv.append(copy.replace(stagedPlaceholder(), stagedPath));
    }
    return argv;
}

namespace {

// Sets "disable = yes" inside "service NAME { ... }", keeping every other byte as it was.
Result<QByteArray> disableXinetd(const QByteArray &before, const QString &path, const QString &serviceName)
{
    const QByteArray service = serviceName.toUtf8();
    QList<QByteArray> lines = before.split('\n');
    bool inBlock = false;
    bool seenBrace = false;
    bool changed = false;
    bool found = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith('#'))
            continue;
        const QList<QByteArray> words = trimmed.simplified().split(' ');
        if (!inBlock) {
            if (words.size() >= 2 && words.at(0) == "service" && words.at(1) == service) {
                inBlock = true;
                found = true;
                seenBrace = trimmed.contains('{');
            }
            continue;
        }
        if (!seenBrace) {
            seenBrace = trimmed.startsWith('{');
            continue;
        }
        if (trimmed.startsWith('}')) {
            if (!changed) {
                lines.insert(i, "\tdisable\t\t= yes");
                changed = true;
            }
            inBlock = false;
            break;
        }
        if (words.size() >= 3 && words.at(0) == "disable" && words.at(1) == "=") {
            if (words.at(2) == "yes")
                return Error(Error::Code::InvalidArgument,
                             QCoreApplication::translate("Bulwark::Plan::FileEdit", "%1 is already disabled in %2.")
                                 .arg(serviceName, path));
            const qsizetype equals = lines.at(i).indexOf('=');
            lines[i] = lines.at(i).left(equals + 1) + " yes";
            changed = true;
        }
    }
    if (!found || !changed)
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("Bulwark::Plan::FileEdit", "%1 has no complete service block for %2.")
                         .arg(path, serviceName));
    return lines.join('\n');
}

} // namespace

Result<QByteArray> FileEdit::disableXinetdService(const QByteArray &before) const
{
    return disableXinetd(before, m_path, m_transformArgument);
}

Result<QByteArray> FileEdit::applyTransform(const QByteArray &before) const
{
    if (m_transform == Transform::None)
        return m_after;
    if (m_transform == Transform::DisableXinetdService)
        return disableXinetdService(before);
    // inetd.conf: "service-name socket-type protocol wait user server args"; a "#" starts a comment.
    const QByteArray service = m_transformArgument.toUtf8();
    QList<QByteArray> lines = before.split('\n');
    int changed = 0;
    for (QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const QByteArray first = trimmed.simplified().split(' ').constFirst();
        // "telnet" and "127.0.0.1:telnet" (an address-bound entry) both name the service.
        if (first == service || first.endsWith(QByteArray(':' + service))) {
            line.prepend('#');
            ++changed;
        }
    }
    if (changed == 0)
        return Error(Error::Code::InvalidArgument,
                     QCoreApplication::translate("Bulwark::Plan::FileEdit", "%1 has no active entry for %2.")
                         .arg(m_path, m_transformArgument));
    return lines.join('\n');
}

QJsonObject FileEdit::toJson() const
{
    QJsonObject object{{QStringLiteral("path"), m_path}};
    if (m_needsRead) {
        object.insert(QStringLiteral("needsRead"), true);
    } else {
        object.insert(QStringLiteral("before"), PlanJson::fromBytes(m_before));
        object.insert(QStringLiteral("beforeSha256"), QString::fromLatin1(m_beforeSha256));
        if (!m_beforeExists)
            object.insert(QStringLiteral("beforeAbsent"), true);
    }
    if (m_transform == Transform::None || !m_after.isEmpty())
        object.insert(QStringLiteral("after"), PlanJson::fromBytes(m_after));
    if (!m_afterExists)
        object.insert(QStringLiteral("afterAbsent"), true);
    if (m_transform != Transform::None)
        object.insert(QStringLiteral("transform"), QJsonObject{{QStringLiteral("kind"), transformKey(m_transform)},
                                                               {QStringLiteral("argument"), m_transformArgument}});
    if (!m_mode.isEmpty())
        object.insert(QStringLiteral("mode"), m_mode);
    if (!m_owner.isEmpty())
        object.insert(QStringLiteral("owner"), m_owner);
    if (!m_group.isEmpty())
        object.insert(QStringLiteral("group"), m_group);
    if (!m_validator.isEmpty())
        object.insert(QStringLiteral("validator"), PlanJson::fromStringList(m_validator));
    if (!m_verify.isEmpty())
        object.insert(QStringLiteral("verify"), PlanJson::fromStringList(m_verify));
    if (!m_reload.isEmpty())
        object.insert(QStringLiteral("reload"), PlanJson::fromStringList(m_reload));
    if (m_accessAffecting)
        object.insert(QStringLiteral("accessAffecting"), true);
    return object;
}

std::optional<FileEdit> FileEdit::fromJson(const QJsonObject &object)
{
    FileEdit edit;
    if (!object.value(QStringLiteral("path")).isString())
        return std::nullopt;
    edit.m_path = object.value(QStringLiteral("path")).toString();
    if (!edit.m_path.startsWith(u'/'))
        return std::nullopt;
    edit.m_needsRead = object.value(QStringLiteral("needsRead")).toBool(false);
    if (!edit.m_needsRead) {
        const auto before = PlanJson::toBytes(object.value(QStringLiteral("before")));
        if (!before)
            return std::nullopt;
        edit.setBefore(*before);
        // The stored hash must describe the stored content: a hand-edited plan is refused.
        if (object.value(QStringLiteral("beforeSha256")).toString().toLatin1() != edit.m_beforeSha256)
            return std::nullopt;
        if (object.value(QStringLiteral("beforeAbsent")).toBool(false)) {
            if (!before->isEmpty())
                return std::nullopt;
            edit.m_beforeExists = false;
        }
    }
    const auto after = PlanJson::toBytes(object.value(QStringLiteral("after")));
    const auto validator = PlanJson::toStringList(object.value(QStringLiteral("validator")));
    const auto verify = PlanJson::toStringList(object.value(QStringLiteral("verify")));
    const auto reload = PlanJson::toStringList(object.value(QStringLiteral("reload")));
    const QJsonObject transform = object.value(QStringLiteral("transform")).toObject();
    const auto kind = parseTransform(transform.value(QStringLiteral("kind")).toString());
    if (!after || !validator || !verify || !reload || !kind)
        return std::nullopt;
    edit.m_reload = *reload;
    edit.m_accessAffecting = object.value(QStringLiteral("accessAffecting")).toBool(false);
    edit.m_after = *after;
    if (object.value(QStringLiteral("afterAbsent")).toBool(false)) {
        if (!after->isEmpty() || !edit.m_beforeExists)
            return std::nullopt;
        edit.m_afterExists = false;
    }
    edit.m_validator = *validator;
    edit.m_verify = *verify;
    edit.m_transform = *kind;
    edit.m_transformArgument = transform.value(QStringLiteral("argument")).toString();
    edit.m_mode = object.value(QStringLiteral("mode")).toString();
    edit.m_owner = object.value(QStringLiteral("owner")).toString();
    edit.m_group = object.value(QStringLiteral("group")).toString();
    return edit;
}

} // namespace Bulwark::Plan
