// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/BulkResult.h"
#include "gui/inventory/InventoryUndo.h"
#include "service/Services.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace Ui {
class InventoryView;
}

namespace portdesk {

class InventoryModel;
class NumberDetailsPanel;
class Services;

// The phone-number inventory: filter, browse (1,000,000 numbers and more),
// assign and unassign, delete and restore, end a port-out, import and export.
// Two tabs: the numbers, with a details panel and the history of the current
// number; and the deletion queue (deleted numbers stay restorable for
// InventoryService::deletionQueueDays days, then the clock purges them).
//
// Every action works on all selected numbers in one transaction, with a
// progress dialog, and says what was refused and why.
class InventoryView : public QWidget, private InventoryStepHost {
    Q_OBJECT

public:
    // One action works on at most this many numbers (a selection of the
    // whole inventory would be refused as a whole anyway).
    static constexpr int maxActionNumbers = 100000;

    explicit InventoryView(Services &service, QWidget *parent = nullptr);
    ~InventoryView() override;

    // Reads the store again (counts, pages, the current number), keeping the
    // scroll position and selection. Skipped while an action runs.
    bool refresh(QString *error = nullptr);
    bool isBusy() const { return m_busy; }

    // The outcome of the last action, as shown to the user.
    QString lastSummary() const { return m_lastSummary; }

    // The E.164 numbers selected in the numbers table (or the current one).
    QStringList selectedNumbers() const;
    QStringList selectedQueueNumbers() const;

    // The actions the main window's File menu shows too.
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *usersAction() const { return m_users; }
    // Assign, unassign, delete, unassign and delete, restore: each can be
    // undone and redone (the main window's Edit menu).
    QUndoStack *undoStack() const { return m_undoStack; }

public Q_SLOTS:
    void assignSelected(); // opens the assign dialog
    void unassignSelected();
    void deleteSelected(); // confirmed; undoable (Edit menu, message bar)
    void unassignAndDeleteSelected(); // ported-out numbers
    void restoreSelected(); // from the deletion queue
    void undoLast(); // the message bar's Undo: the undo stack's
    void finishPortOut(qint64 caseId);
    void copySelection(); // E.164, one a line
    void manageUsers();
    void exportInventory();
    void importInventory();
    void clearFilters();

Q_SIGNALS:
    void portOutRequested();
    // The inventory changed through this view: the main window refreshes
    // (and ticks the clock: a finished port-out closes its case).
    void changed();
    void busyChanged(bool busy);

public:
    // The assign step after the dialog: all selected to one user or Voice
    // Connector (tests call it to skip the dialog).
    // versions: each number's version as the person saw it (empty: none
    // named, the rules alone judge).
    void assignNumbers(const QStringList &numbers, bool toUser, const QString &name,
        const QList<qint64> &versions = {});

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Picked {
        QStringList numbers;
        QList<qint64> versions; // each number's version as shown, in the same order
        int businessCalling = 0;
        int voiceConnector = 0;
        int tollFree = 0;
        int portedOut = 0;
        QList<bool> isPortedOut; // per number, in the same order
        QHash<QString, PriorAssignment> before; // each number's assignee as shown
        bool tooMany = false;
    };
    Picked pick(const QTableView *table, const InventoryModel *model) const;
    bool checkPicked(const Picked &picked, const QString &title);
    void applyFilter();
    // One bulk action with its progress dialog, based on the versions seen.
    BulkResult runOnNumbers(InventoryService::BulkOp op, const QString &label,
        const QStringList &numbers, const QList<qint64> &versions,
        const QString &assignee = QString());
    void unassignAndDeleteNumber(const InventoryNumber &number);
    void assign(const QStringList &numbers, bool toUser, const QString &name,
        const QList<qint64> &versions, const QHash<QString, PriorAssignment> &before);
    // After an action that changed numbers: Edit > Undo takes it back.
    void pushStep(const QString &text, InventoryService::BulkOp op, const QString &assignee,
        const QHash<QString, PriorAssignment> &before, const BulkResult &result);
    void afterAction(const BulkResult &result, const char *changedText, const QString &title,
        bool undoable = false);
    // InventoryStepHost: the undo stack's steps run here.
    BulkResult runStep(InventoryService::BulkOp op, const QStringList &numbers,
        const QList<qint64> &versions, const QString &assignee) override;
    void stepDone(const BulkResult &result, const QString &text, bool undone) override;
    void showMessage(const QString &text, bool offerUndo = false);
    void updateActions();
    void updateDetails();
    void updateCounts();
    void setBusy(bool busy);

    Services &m_service;
    InventoryModel *m_model;
    InventoryModel *m_queueModel;
    std::unique_ptr<Ui::InventoryView> m_ui;
    NumberDetailsPanel *m_details;
    QLabel *m_shown;
    QTimer *m_typing;
    // Parts of the form (m_ui), by the names the code uses.
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_queueTable = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_productFilter = nullptr;
    QLineEdit *m_prefixFilter = nullptr;
    QLineEdit *m_assigneeFilter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_queueSummary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QWidget *m_messageBar = nullptr;
    QAction *m_assign;
    QAction *m_unassign;
    QAction *m_delete;
    QAction *m_finish;
    QAction *m_restore;
    QAction *m_copy;
    QAction *m_export;
    QAction *m_import;
    QAction *m_users;
    QUndoStack *m_undoStack;
    // The assignee of an assignment that met a conflict: offered again.
    QString m_keptAssignee;
    bool m_keptAssigneeIsUser = true;
    QString m_lastSummary;
    bool m_busy = false;
    bool m_loaded = false; // read when first shown or refreshed
};

} // namespace portdesk
