// SPDX-License-Identifier: Apache-2.0
#pragma once

// One run of another program for the benchmarks that time PortDesk's
// programs from outside: wall time and CPU time (user + system, from the
// rusage of reaped children), exit code and output.

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace childrun {

struct Result {
    double wallMs = 0;
    double cpuMs = 0;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

inline Result run(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Result r;
    QProcess p;
    p.setProcessEnvironment(env);
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.wallMs = double(timer.nsecsElapsed()) / 1e6;
    r.cpuMs = childrenCpuMs() - cpuBefore;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace childrun
