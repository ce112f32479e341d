// SPDX-License-Identifier: Apache-2.0
// make_full_store DIR: builds (once) the full store of tests/bench/FullStore.h
// in DIR and prints its path, for the benchmarks that run portdesk-cli or the
// app against it (run.sh).

#include "FullStore.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_full_store DIR\n");
        return 2;
    }
    QDir().mkpath(QString::fromLocal8Bit(argv[1]));
    const QString file = fullstore::ensure(QString::fromLocal8Bit(argv[1]));
    if (file.isEmpty())
        return 1;
    std::printf("%s\n", qPrintable(file));
    return 0;
}
