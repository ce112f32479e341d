// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QTimeZone>

#include "core/CaseRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace portdesk {

class Services;

// One case's story, read only: its steps, and in their place the LOA
// versions the admin signed and what happened to the case's files (a purge
// is the clock's line). Never a secret: an issued PIN reads as "issued".
// A store that fails half-way adds a last "Not read" line saying so.
//
// Reading a case again updates the rows in place and adds or removes rows at
// the end only, so that a view keeps its selection and scroll position when
// the case is read again after a change elsewhere.
class CaseHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Who, Step, Details, ColumnCount };
    enum Roles {
        AtRole = Qt::UserRole + 1, // QDateTime of the line (UTC as stored)
    };

    explicit CaseHistoryModel(Services &service, QObject *parent = nullptr);

    // The history of this case as just read (its versions and file log are
    // read here, for a port-in's versions only).
    void showCase(const CaseRecord &record);
    // No case: no rows.
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QDateTime at;
        QString who, step, details;
        int group = -1; // a signature's carrier group
    };
    QList<Line> linesOf(const CaseRecord &record) const;
    static void insertInPlace(QList<Line> &lines, Line line, bool signature);
    void setLines(QList<Line> lines);

    Services &m_service;
    QList<Line> m_lines;
    QTimeZone m_zone; // the customer's: every time of the case is shown in it
};

} // namespace portdesk
