// SPDX-License-Identifier: Apache-2.0
// hello_widgets: the smallest Qt Widgets program with a window (a label in a
// main window), built with the same Qt and flags as PortDesk: the baseline
// of bench_startup. Ends after its first paint, as portdesk does with
// PORTDESK_EXIT_AFTER_FIRST_PAINT.

#include "../../src/app/FirstPaintExit.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1000, 700);
    FirstPaintExit firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}
