// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "core/rules/YamlReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <exception>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace Bulwark::Rules {

namespace {

constexpr int MaxDepth = 64;
constexpr qsizetype MaxNodes = 200000;
constexpr qsizetype MaxBytes = 4 * 1024 * 1024;

QString where(const QString &fileName, const YAML::Mark &mark)
{
    if (mark.is_null())
        return fileName;
    return QStringLiteral("%1:%2:%3").arg(fileName).arg(mark.line + 1).arg(mark.column + 1);
}

class Converter
{
public:
    explicit Converter(const QString &fileName)
        : m_fileName(fileName)
    {}

    // Sets m_error and returns null on failure.
    QJsonValue convert(const YAML::Node &node, int depth);

    Error m_error;

private:
    QJsonValue fail(const YAML::Node &node, const QString &message)
    {
        if (!m_error.isError())
            m_error = Error(Error::Code::ParseError, QCoreApplication::translate("Bulwark::Rules::YamlReader", "%1: %2")
                                                         .arg(where(m_fileName, node.Mark()), message));
        return QJsonValue();
    }
    QJsonValue scalar(const YAML::Node &node);

    QString m_fileName;
    qsizetype m_nodes = 0;
};

QJsonValue Converter::scalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() != "?") // quoted, or explicitly tagged: always text
        return text;
    if (text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL")
        return QJsonValue(QJsonValue::Null);
    if (text == u"true" || text == u"True" || text == u"TRUE")
        return true;
    if (text == u"false" || text == u"False" || text == u"FALSE")
        return false;
    static const QRegularExpression number(QStringLiteral("^[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    if (text.size() <= 30 && number.match(text).hasMatch()) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
    }
    return text;
}

QJsonValue Converter::convert(const YAML::Node &node, int depth)
{
    if (m_error.isError())
        return QJsonValue();
    if (depth > MaxDepth)
        return fail(node, QCoreApplication::translate("Bulwark::Rules::YamlReader", "nested deeper than 64 levels"));
    if (++m_nodes > MaxNodes)
        return fail(node, QCoreApplication::translate("Bulwark::Rules::YamlReader",
                                                      "more than 200000 values (are aliases expanding without end?)"));
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        return scalar(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &element : node) {
            const QJsonValue value = convert(element, depth + 1);
            if (m_error.isError())
                return QJsonValue();
            array.append(value);
        }
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node) {
            if (!pair.first.IsScalar())
                return fail(pair.first,
                            QCoreApplication::translate("Bulwark::Rules::YamlReader", "a key must be plain text"));
            const QString key = QString::fromStdString(pair.first.Scalar());
            if (object.contains(key))
                return fail(pair.first,
                            QCoreApplication::translate("Bulwark::Rules::YamlReader", "duplicate key \"%1\"")
                                .arg(key.left(80)));
            const QJsonValue value = convert(pair.second, depth + 1);
            if (m_error.isError())
                return QJsonValue();
            object.insert(key, value);
        }
        return object;
    }
    }
    return QJsonValue();
}

} // namespace

Result<QJsonValue> YamlReader::parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > MaxBytes)
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("Bulwark::Rules::YamlReader", "%1: larger than 4 MiB").arg(fileName));
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(bytes.toStdString());
        if (documents.empty())
            return Error(Error::Code::ParseError, QCoreApplication::translate("Bulwark::Rules::YamlReader",
                                                                              "%1: the file holds no YAML document")
                                                      .arg(fileName));
        if (documents.size() > 1)
            return Error(Error::Code::ParseError,
                         QCoreApplication::translate("Bulwark::Rules::YamlReader",
                                                     "%1: more than one YAML document (a second \"---\" line?)")
                             .arg(fileName));
        Converter converter(fileName);
        QJsonValue value = converter.convert(documents.front(), 0);
        if (converter.m_error.isError())
            return converter.m_error;
        return value;
    } catch (const YAML::Exception &e) {
        return Error(Error::Code::ParseError,
                     QCoreApplication::translate("Bulwark::Rules::YamlReader", "%1: invalid YAML: %2")
                         .arg(where(fileName, e.mark), QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        return Error(
            Error::Code::ParseError,
            QCoreApplication::translate("Bulwark::Rules::YamlReader", "%1: could not read the YAML").arg(fileName),
            QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return Error(
            Error::Code::ParseError,
            QCoreApplication::translate("Bulwark::Rules::YamlReader", "%1: could not read the YAML").arg(fileName));
    }
}

} // namespace Bulwark::Rules
