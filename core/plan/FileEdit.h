// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Bulwark::Plan {

// A whole-file replacement the Applier performs as a transaction: check the before-hash, stage, run the validator on
// the staged copy, swap atomically, verify. A value type.
//
// When the facts do not hold the file's content, the plan carries a transform instead of `after` and sets
// needsRead: the Applier reads the file fresh, calls setBefore() and applyTransform(), and shows the diff before
// writing anything.
class FileEdit
{
public:
    enum class Transform
    {
        None,                   // `after` is final
        CommentOutInetdService, // prefix "#" to every active /etc/inetd.conf line whose service is transformArgument
        DisableXinetdService,   // "disable = yes" in the xinetd block "service <transformArgument> { ... }"
    };

    // The placeholder in validator() replaced by the staged copy's path.
    static QString stagedPlaceholder() { return QStringLiteral("{staged}"); }

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }

    QByteArray before() const { return m_before; }
    QByteArray beforeSha256() const { return m_beforeSha256; } // lowercase hex; empty while needsRead()
    // Sets the content and its hash, and clears needsRead; the file exists.
    void setBefore(const QByteArray &content);
    // The file does not exist yet: the edit creates it (before() is empty). Clears needsRead.
    void setBeforeAbsent();
    bool beforeExists() const { return m_beforeExists; }
    QByteArray after() const { return m_after; }
    void setAfter(const QByteArray &content)
    {
        m_after = content;
        m_afterExists = true;
    }
    // The edit deletes the file (after() is empty); the original is kept in the backups like any other.
    void setAfterAbsent()
    {
        m_after.clear();
        m_afterExists = false;
    }
    bool afterExists() const { return m_afterExists; }
    bool needsRead() const { return m_needsRead; }
    void setNeedsRead(bool needsRead) { m_needsRead = needsRead; }

    // Empty: keep the current file's mode/owner/group.
    QString mode() const { return m_mode; } // octal, "0440"
    void setMode(const QString &mode) { m_mode = mode; }
    QString owner() const { return m_owner; }
    void setOwner(const QString &owner) { m_owner = owner; }
    QString group() const { return m_group; }
    void setGroup(const QString &group) { m_group = group; }

    // argv template, e.g. {"visudo", "-cf", "{staged}"}; empty: no validator exists for this file.
    QStringList validator() const { return m_validator; }
    void setValidator(const QStringList &validator) { m_validator = validator; }
    // The validator with the placeholder replaced inside each element; each element stays one argument.
    QStringList validatorFor(const QString &stagedPath) const;
    QStringList verify() const { return m_verify; } // argv run after the swap; must exit 0
    void setVerify(const QStringList &verify) { m_verify = verify; }

    // argv that makes the file's daemon read it again (e.g. {"systemctl", "reload", "--", "inetd.service"}), run
    // after the swap AND after a rollback puts the original back; empty: nothing to reload.
    QStringList reload() const { return m_reload; }
    void setReload(const QStringList &reload) { m_reload = reload; }

    // The edit may change how anyone reaches the host (sshd, PAM, accounts, firewall): the Applier arms an
    // automatic revert on the host before applying it and disarms it only from a fresh login (commit-confirmed).
    bool accessAffecting() const { return m_accessAffecting; }
    void setAccessAffecting(bool affecting) { m_accessAffecting = affecting; }

    Transform transform() const { return m_transform; }
    QString transformArgument() const { return m_transformArgument; }
    void setTransform(Transform transform, const QString &argument)
    {
        m_transform = transform;
        m_transformArgument = argument;
    }
    // Pure: `after` computed from `before` by the transform. Fails when the transform changes nothing.
    Result<QByteArray> applyTransform(const QByteArray &before) const;

    static QByteArray sha256Hex(const QByteArray &content);

    QJsonObject toJson() const;
    static std::optional<FileEdit> fromJson(const QJsonObject &object);

    friend bool operator==(const FileEdit &, const FileEdit &) = default;

private:
    Result<QByteArray> disableXinetdService(const QByteArray &before) const;

    QString m_path;
    QByteArray m_before;
    QByteArray m_beforeSha256;
    QByteArray m_after;
    bool m_needsRead = false;
    bool m_beforeExists = true;
    bool m_afterExists = true;
    QString m_mode;
    QString m_owner;
    QString m_group;
    QStringList m_validator;
    QStringList m_verify;
    QStringList m_reload;
    Transform m_transform = Transform::None;
    QString m_transformArgument;
    bool m_accessAffecting = false;
};

} // namespace Bulwark::Plan
