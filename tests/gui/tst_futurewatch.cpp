// SPDX-FileCopyrightText: 2026 The Bulwark Authors
// SPDX-License-Identifier: Apache-2.0
#include "FakeSession.h"
#include "GuiTest.h"
#include "core/apply/Applier.h"
#include "core/transport/HostConnection.h"
#include "ui/FutureWatch.h"
#include "ui/HostConnector.h"
#include "ui/HostListModel.h"
#include "ui/MainWindow.h"
#include "ui/ScanStore.h"
#include "ui/accounts/AccountsSnapshotLoader.h"
#include "ui/diff/DiffView.h"
#include "ui/journal/JournalPage.h"
#include "ui/luks/LuksWizard.h"
#include "ui/ssh/SshWizard.h"
#include "ui/sudoers/SudoersWizard.h"
#include "ui/tls/TlsWizard.h"
#include "ui/wizards/ApplyJob.h"

#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QPromise>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

using namespace Bulwark;
using namespace Bulwark::Ui;

// A context destroyed while the work it waits for is still running: the wizard closed while the host is being
// read, the window closed while the catalog loads. With QFuture::then(context, ...) a Debug build aborted here
// (`ASSERT: "context" in file qfuture_impl.h`, on the worker that finished the future); with onFinished nothing
// runs and nothing touches the dead object.

namespace {

// Holds every thread of the global pool until release(), so QtConcurrent::run work queues behind it and its
// future finishes only after the test has destroyed the context.
class PoolBlocker
{
public:
    PoolBlocker()
        : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_threads; ++i) {
            QThreadPool::globalInstance()->start([this] {
                m_started.release();
                m_release.acquire();
            });
        }
        m_started.acquire(m_threads);
    }
    ~PoolBlocker() { release(); }
    // Lets the queued work run, waits until it has, then delivers what it queued to the GUI thread.
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        m_release.release(m_threads);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
    }

private:
    int m_threads;
    bool m_released = false;
    QSemaphore m_started;
    QSemaphore m_release;
};

// A window with one host connected to a FakeSession, and a way to hold the host's worker.
struct HostFixture
{
    QTemporaryDir dir;
    FakeSession::Script script;
    std::unique_ptr<MainWindow> window;
    Host host = GuiTest::sampleHost();

    HostFixture()
    {
        script.probeOutput = GuiTest::debianProbeOutput();
        script.scanOutput = GuiTest::labProbeOutput();
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.sessionFactory = FakeSession::factory(script);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        settings.localBackupRoot = dir.filePath(QStringLiteral("backups"));
        window = std::make_unique<MainWindow>(settings);
        window->addHost(host, nullptr);
    }
    bool connect()
    {
        window->connector()->connectHost(host.id, false);
        return QTest::qWaitFor(
            [this] { return window->hostModel()->status(host.id) == HostListModel::Status::Connected; }, 10000);
    }
    Transport::HostConnection *connection() const { return window->hostModel()->connection(host.id); }

    // Occupies the host's worker until the returned semaphore is released; work submitted meanwhile queues
    // behind it (the worker runs jobs in submission order).
    std::shared_ptr<QSemaphore> holdWorker()
    {
        auto gate = std::make_shared<QSemaphore>();
        auto started = std::make_shared<QSemaphore>();
        connection()->submit<bool>([gate, started](Transport::Session &, const CancelToken &) -> Result<bool> {
            started->release();
            gate->acquire();
            return true;
        });
        started->acquire();
        return gate;
    }
    // Waits until everything submitted to the host's worker so far has finished and been delivered.
    bool drainWorker()
    {
        const QFuture<Result<bool>> marker =
            connection()->submit<bool>([](Transport::Session &, const CancelToken &) -> Result<bool> { return true; });
        if (!QTest::qWaitFor([&marker] { return marker.isFinished(); }, 10000))
            return false;
        QTest::qWait(50);
        return true;
    }
};

} // namespace

class TestFutureWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiTest::installTranslations(); }

    // The helper itself, on futures the test finishes by hand.

    void deliversTheResultOnTheContextsThread()
    {
        QObject context;
        QPromise<int> promise;
        int got = 0;
        QThread *ranOn = nullptr;
        onFinished(&context, promise.future(), [&](int value) {
            got = value;
            ranOn = QThread::currentThread();
        });
        std::unique_ptr<QThread> worker(QThread::create([&promise] {
            promise.start();
            promise.addResult(42);
            promise.finish();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QTRY_COMPARE(got, 42);
        QCOMPARE(ranOn, QThread::currentThread());
        QTRY_VERIFY(context.children().isEmpty()); // the watcher deletes itself
    }

    void nothingRunsOnceTheContextIsGone()
    {
        auto *context = new QObject;
        QPromise<int> promise;
        promise.start();
        bool ran = false;
        bool canceled = false;
        onFinished(
            context, promise.future(), [&](int) { ran = true; }, [&] { canceled = true; });
        delete context;
        promise.addResult(1);
        promise.finish();
        QTest::qWait(50);
        QVERIFY(!ran);
        QVERIFY(!canceled);
    }

    void aQueuedDeliveryDiesWithTheContext()
    {
        auto *context = new QObject;
        QPromise<int> promise;
        promise.start();
        bool ran = false;
        onFinished(context, promise.future(), [&](int) { ran = true; });
        promise.addResult(1);
        promise.finish(); // the watcher's notification is queued now
        delete context;
        QTest::qWait(50);
        QVERIFY(!ran);
    }

    void aFinishedFutureIsDeliveredLater()
    {
        QObject context;
        bool ran = false;
        onFinished(&context, QtFuture::makeReadyFuture(QStringLiteral("ready")),
                   [&](const QString &value) { ran = value == QLatin1String("ready"); });
        QVERIFY(!ran); // never from inside onFinished: the caller's state is settled first
        QTRY_VERIFY(ran);
    }

    void withoutAResultCallsCanceled()
    {
        QObject context;
        bool ran = false;
        int canceled = 0;
        {
            QPromise<int> promise;
            onFinished(
                &context, promise.future(), [&](int) { ran = true; }, [&] { ++canceled; });
            promise.start();
            promise.future().cancel();
            promise.finish();
        }
        QTRY_COMPARE(canceled, 1);
        QVERIFY(!ran);
        // The short form drops it, as QFuture::then drops a canceled future.
        QPromise<int> promise;
        onFinished(&context, promise.future(), [&](int) { ran = true; });
        promise.start();
        promise.finish(); // finished without a result: a task that never ran
        QTest::qWait(50);
        QVERIFY(!ran);
        QCOMPARE(canceled, 1);
    }

    void voidFutures()
    {
        QObject context;
        bool ran = false;
        onFinished(&context, QtConcurrent::run([] {}), [&] { ran = true; });
        QTRY_VERIFY(ran);
    }

    void moveOnlyResults()
    {
        QObject context;
        int got = 0;
        onFinished(&context, QtConcurrent::run([] { return std::make_unique<int>(7); }),
                   [&](std::unique_ptr<int> value) { got = *value; });
        QTRY_COMPARE(got, 7);
    }

    void theContinuationMayDestroyItsContext()
    {
        auto *context = new QObject;
        QPointer<QObject> watch(context);
        int got = 0;
        onFinished(context, QtFuture::makeReadyFuture(5), [context, &got](int value) {
            delete context; // takes the watcher that is delivering with it
            got = value;
        });
        QTRY_COMPARE(got, 5);
        QVERIFY(watch.isNull());
        QTest::qWait(20);
    }

    // The console: each context destroyed while its work is queued, then the work finishes.

    void wizardClosedWhileReadingTheHost_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"ssh", "sudoers", "accounts", "luks", "tls"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void wizardClosedWhileReadingTheHost()
    {
        QFETCH(QString, kind);
        HostFixture f;
        QVERIFY(f.connect());
        const std::shared_ptr<QSemaphore> worker = f.holdWorker();
        const int before = f.script.control->commands;
        QObject *wizard = nullptr;
        MainWindow *window = f.window.get();
        if (kind == QLatin1String("ssh")) {
            auto *ssh = new SshWizard(window, f.host.id, window);
            ssh->reload();
            wizard = ssh;
        } else if (kind == QLatin1String("sudoers")) {
            auto *sudoers = new SudoersWizard(window, f.host.id, window);
            sudoers->reload();
            wizard = sudoers;
        } else if (kind == QLatin1String("accounts")) {
            // The wizard reads only once the host has a scan; its loader is what would outlive it.
            auto *accounts = new AccountsSnapshotLoader(window, f.host.id, window);
            accounts->load();
            wizard = accounts;
        } else if (kind == QLatin1String("luks")) {
            auto *luks = new LuksWizard(window, f.host.id, window);
            luks->reload();
            wizard = luks;
        } else {
            auto *tls = new TlsWizard(window, f.host.id, window);
            tls->reload();
            wizard = tls;
        }
        if (auto *widget = qobject_cast<QWidget *>(wizard))
            widget->show();
        QTest::qWait(20);
        delete wizard; // the user closed it; its read is queued on the worker
        worker->release();
        QVERIFY(f.drainWorker());
        QVERIFY(f.script.control->commands > before); // the read did run and finish
        QCOMPARE(f.window->hostModel()->status(f.host.id), HostListModel::Status::Connected);
    }

    void applyJobGoneWhilePreparing()
    {
        HostFixture f;
        QVERIFY(f.connect());
        const std::shared_ptr<QSemaphore> worker = f.holdWorker();
        Apply::ApplyOptions options;
        options.localBackupRoot = f.dir.filePath(QStringLiteral("backups"));
        auto *job = new ApplyJob(f.connection(), f.dir.filePath(QStringLiteral("journal.jsonl")), options);
        job->startPrepare(Plan::ChangePlan());
        delete job;
        worker->release();
        QVERIFY(f.drainWorker());
        QVERIFY(!ApplyJob::isAnyApplying());
    }

    void windowClosedWhileTheCatalogLoads()
    {
        QTemporaryDir dir;
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.catalog = nullptr; // loaded on the pool at startup
        // Not behind a PoolBlocker: the window paints its icons while it is built, and the raster engine fills
        // on the global pool too. Reading the catalog takes far longer than the rest of this, though.
        auto *window = new MainWindow(settings);
        const bool loadedAlready = bool(window->catalog());
        delete window;
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        if (loadedAlready)
            QSKIP("the catalog was read before the window could be closed");
    }

    void pagesGoneWhileTheirWorkRuns()
    {
        QTemporaryDir dir;
        MainWindow::Settings settings = GuiTest::settings(dir);
        settings.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
        MainWindow window(settings);
        PoolBlocker pool;

        auto *journal = new JournalPage(&window);
        journal->reload();
        journal->verify();
        auto *store = new ScanStore(dir.filePath(QStringLiteral("scans")));
        store->load(QUuid::createUuid());
        auto *diff = new DiffView;
        QByteArray before;
        for (int i = 0; i < DiffView::AsyncLineThreshold; ++i)
            before += "line " + QByteArray::number(i) + '\n';
        diff->setFile(QStringLiteral("/etc/big.conf"), before, before + "one more\n");
        QVERIFY(diff->isComputing());

        delete journal;
        delete store;
        delete diff;
        pool.release();
    }

    // The console keeps to it: QFuture::then with a context appears in ui/ only with the connection the work was
    // submitted to as that context (it outlives its own futures; see ui/FutureWatch.h).
    void theConsoleContinuesThroughOnFinished()
    {
        static const QRegularExpression then(
            QStringLiteral("\\.then\\(\\s*(?!connection\\s*,|m_connection\\.get\\(\\)\\s*,)"));
        const QString root = QStringLiteral(BULWARK_SOURCE_DIR);
        QStringList offenders;
        QDirIterator it(root + QStringLiteral("/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto match = then.globalMatch(text); match.hasNext();) {
                const qsizetype at = match.next().capturedStart();
                offenders << file.fileName().mid(root.size() + 1) + u':' +
                                 QString::number(text.left(at).count(u'\n') + 1);
            }
        }
        QVERIFY(files > 50);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u' ')));
    }
};

QTEST_MAIN(TestFutureWatch)
#include "tst_futurewatch.moc"
