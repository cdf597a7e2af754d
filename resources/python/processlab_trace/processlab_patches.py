"""What ProcessLab's tracer patches, applied when the program imports each module.

Only the objects the program itself creates are traced: an object is the program's when the
frame that creates it (past multiprocessing's context and constructors) is outside the standard
library. A queue's own locks, the pool's own pipes, an Event's own condition stay untraced, and
so do the standard library's own sleeps and joins. Each traced object carries its id (`_pl`)
into the processes it is sent to, forked or pickled. Values put or sent are wrapped with a key
(Tagged) that the receiving process takes off, so that the app pairs each get/recv with its put/send.
Events are written before a release, set, put or send and after an acquire, get or recv, so that
a receive is never stamped before its send.
"""
import importlib.abc
import linecache
import os
import re
import sys
import time

import processlab_tracer as T
from processlab_tracer import emit, hold, show, user_frame

_orig_sleep = time.sleep
_skip_codes = set()
_line_uses = {}
_ASSIGN = re.compile(r"^\s*\(?\s*((?:self\.)?[A-Za-z_]\w*(?:\s*,\s*(?:self\.)?[A-Za-z_]\w*)*)\s*,?\s*\)?\s*=[^=]")


class Tagged(object):
    """A value on its way through a traced queue or pipe, with the key of its put/send."""
    __slots__ = ("k", "v")

    def __init__(self, k, v):
        self.k = k
        self.v = v

    def __reduce__(self):
        return (Tagged, (self.k, self.v))


def _untag(r):
    if type(r) is Tagged:
        return r.k, r.v
    return None, r


def _traced(obj):
    try:
        meta = obj.__dict__.get("_pl")
    except AttributeError:
        return None
    if not meta or not meta.get("id") or T._sock is None or getattr(T._tls, "busy", False):
        return None
    return meta


def _creator(skip=2):
    """The program's frame creating an object, or None when the standard library creates it."""
    f = sys._getframe(skip)
    while f is not None and (f.f_code in _skip_codes or f.f_code.co_filename.endswith(
            os.path.join("multiprocessing", "context.py"))):
        f = f.f_back
    if f is None:
        return None
    name = f.f_code.co_filename
    if name.startswith(T._stdlib) and "-packages" not in name or name.startswith(T._here):
        return None
    return f


def _labels(f):
    """The names the program gives to what it creates on this line (`tasks = JoinableQueue()`)."""
    m = _ASSIGN.match(linecache.getline(f.f_code.co_filename, f.f_lineno) or "")
    if not m:
        return []
    return [n.strip().replace("self.", "") for n in m.group(1).split(",")]


def _label(f, ends=1):
    names = _labels(f)
    key = (id(f), f.f_lineno)
    seen = _line_uses.setdefault(key, [])
    if f.f_lasti not in seen:
        seen.append(f.f_lasti)
    if len(_line_uses) > 10000:
        _line_uses.clear()
    i = seen.index(f.f_lasti) * ends
    return names[i:i + ends] if len(names) >= i + ends else ([names[0]] if len(names) == 1 and ends == 1 else [])


def _ln():
    return T.program_line(sys._getframe(2))


def _create(obj, kind, f, **extra):
    oid = T.new_id()
    obj._pl = {"id": oid, "type": kind}
    names = _label(f)
    d = {"k": "create", "o": oid, "type": kind, "ln": T.program_line(f)}
    if names:
        d["label"] = names[0]
    d.update(extra)
    emit(d)
    return oid


# ---- carrying an object's id through pickling (spawn, forkserver, a queue) ----

def _rebuild(rv, meta):
    func, args = rv[0], rv[1]
    obj = func(*args)
    obj.__dict__["_pl"] = meta
    state = rv[2] if len(rv) > 2 else None
    if state is not None:
        if hasattr(obj, "__setstate__"):
            obj.__setstate__(state)
        else:
            obj.__dict__.update(state)
    return obj


def _carry(cls):
    def __reduce_ex__(self, proto):
        rv = object.__reduce_ex__(self, proto)
        meta = self.__dict__.get("_pl")
        return rv if meta is None else (_rebuild, (rv, meta))
    cls.__reduce_ex__ = __reduce_ex__


def _init_wrapper(cls, kind_of):
    orig = cls.__init__

    def __init__(self, *args, **kw):
        if "_pl" in self.__dict__:
            return orig(self, *args, **kw)
        f = _creator() if T.connected() else None
        if f is None:
            self.__dict__["_pl"] = None
            return orig(self, *args, **kw)
        self.__dict__["_pl"] = {"id": None}  # decided: inner constructors take it as it is
        orig(self, *args, **kw)
        _create(self, kind_of(self), f)
    cls.__init__ = __init__
    return orig


# ---- locks: Lock, RLock, Semaphore, BoundedSemaphore ----

def patch_synchronize(m):
    for c in (m.Lock, m.RLock, m.Semaphore, m.BoundedSemaphore):
        _skip_codes.add(c.__init__.__code__)
    _init_wrapper(m.SemLock, lambda s: type(s).__name__)
    orig_make = m.SemLock._make_methods

    def _make_methods(self):
        orig_make(self)
        meta = self.__dict__.get("_pl")
        if meta is not None:
            self.acquire = lambda block=True, timeout=None: _acquire(self, block, timeout)
            self.release = lambda: _release(self)

    m.SemLock._make_methods = _make_methods
    orig_enter, orig_exit = m.SemLock.__enter__, m.SemLock.__exit__

    def __enter__(self):
        return _acquire(self, True, None) if self.__dict__.get("_pl") else orig_enter(self)

    def __exit__(self, *a):
        return _release(self) if self.__dict__.get("_pl") else orig_exit(self, *a)

    m.SemLock.__enter__, m.SemLock.__exit__ = __enter__, __exit__
    _carry(m.SemLock)
    patch_event(m)


def _count_is(sl, n):
    try:
        return sl._count() == n
    except Exception:
        return True


def _acquire(lock, block, timeout):
    sl = lock._semlock
    meta = _traced(lock)
    if meta is None:
        return sl.acquire(block, timeout)
    recursive = meta.get("type") == "RLock"
    ln = _ln()
    hold(meta["id"], "acquire", ln)
    if sl.acquire(False):
        if not recursive or _count_is(sl, 1):
            emit({"k": "acquired", "o": meta["id"], "ln": ln})
        return True
    if not block:
        emit({"k": "acquire-timeout", "o": meta["id"], "busy": True, "ln": ln})
        return False
    emit({"k": "acquire-wait", "o": meta["id"], "timeout": timeout, "ln": ln})
    ok = sl.acquire(True, timeout)
    emit({"k": "acquired" if ok else "acquire-timeout", "o": meta["id"], "timeout": timeout, "ln": ln})
    return ok


def _release(lock):
    sl = lock._semlock
    meta = _traced(lock)
    if meta is None:
        return sl.release()
    ln = _ln()
    hold(meta["id"], "release", ln)
    if meta.get("type") != "RLock" or _count_is(sl, 1):
        emit({"k": "released", "o": meta["id"], "ln": ln})
    try:
        return sl.release()
    except Exception as e:
        emit({"k": "error", "o": meta["id"], "error": "%s: %s" % (type(e).__name__, e)})
        raise


# ---- Event ----

def patch_event(m):
    _init_wrapper(m.Event, lambda s: "Event")
    E = m.Event
    o_set, o_clear, o_wait, o_is_set = E.set, E.clear, E.wait, E.is_set

    def set(self):
        meta = _traced(self)
        if meta is not None:
            ln = _ln()
            hold(meta["id"], "set", ln)
            emit({"k": "event-set", "o": meta["id"], "waiters": _sleepers(self), "ln": ln})
        return o_set(self)

    def clear(self):
        meta = _traced(self)
        if meta is not None:
            ln = _ln()
            hold(meta["id"], "clear", ln)
            emit({"k": "event-clear", "o": meta["id"], "ln": ln})
        return o_clear(self)

    def wait(self, timeout=None):
        meta = _traced(self)
        if meta is None:
            return o_wait(self, timeout)
        ln = _ln()
        hold(meta["id"], "wait", ln)
        if o_is_set(self):
            emit({"k": "event-wake", "o": meta["id"], "how": "already set", "ln": ln})
            return o_wait(self, timeout)
        emit({"k": "event-wait", "o": meta["id"], "timeout": timeout, "ln": ln})
        r = o_wait(self, timeout)
        emit({"k": "event-wake", "o": meta["id"], "how": "set" if r else "timeout", "ln": ln})
        return r

    E.set, E.clear, E.wait = set, clear, wait


def _sleepers(ev):
    try:
        c = ev._cond
        return max(0, c._sleeping_count._semlock._get_value() - c._woken_count._semlock._get_value())
    except Exception:
        return None


# ---- queues: Queue, JoinableQueue, SimpleQueue ----

def patch_queues(m):
    _init_wrapper(m.JoinableQueue, lambda s: "JoinableQueue")
    _init_wrapper(m.Queue, lambda s: "Queue")
    _init_wrapper(m.SimpleQueue, lambda s: "SimpleQueue")
    for c in (m.Queue, m.SimpleQueue):
        _carry(c)
    Empty = m.Empty
    q_put, q_get = m.Queue.put, m.Queue.get
    j_put, j_done, j_join = m.JoinableQueue.put, m.JoinableQueue.task_done, m.JoinableQueue.join

    def putter(orig):
        def put(self, obj, block=True, timeout=None):
            meta = _traced(self)
            if meta is None:
                return orig(self, obj, block, timeout)
            ln = _ln()
            hold(meta["id"], "put", ln)
            key = T.new_key()
            emit({"k": "put", "o": meta["id"], "value": show(obj), "key": key, "ln": ln})
            try:
                return orig(self, Tagged(key, obj), block, timeout)
            except Exception as e:
                emit({"k": "error", "o": meta["id"], "error": "%s: %s" % (type(e).__name__, e)})
                raise
        return put

    def get(self, block=True, timeout=None):
        meta = _traced(self)
        if meta is None:
            return _untag(q_get(self, block, timeout))[1]
        ln = _ln()
        hold(meta["id"], "get", ln)
        try:
            r = q_get(self, False)
        except Empty:
            if not block:
                emit({"k": "get-empty", "o": meta["id"], "why": "empty", "ln": ln})
                raise
            emit({"k": "get-wait", "o": meta["id"], "timeout": timeout, "ln": ln})
            try:
                r = q_get(self, True, timeout)
            except Empty:
                emit({"k": "get-empty", "o": meta["id"], "why": "timeout", "timeout": timeout, "ln": ln})
                raise
        key, value = _untag(r)
        emit({"k": "get", "o": meta["id"], "value": show(value), "key": key, "ln": ln})
        return value

    def task_done(self):
        meta = _traced(self)
        if meta is None:
            return j_done(self)
        ln = _ln()
        hold(meta["id"], "task_done", ln)  # before the queue's condition: another task_done may need it
        # Under the queue's own condition (re-entrant: task_done takes it again), so that two
        # processes finishing at once count down in the order they really did, each telling what
        # it left, and their lines reach the app in that order.
        with self._cond:
            left = _value(self._unfinished_tasks)
            try:
                r = j_done(self)
            except ValueError as e:
                emit({"k": "error", "o": meta["id"], "error": "ValueError: %s" % e})
                raise
            emit({"k": "task-done", "o": meta["id"], "unfinished": None if left is None else max(0, left - 1),
                  "ln": ln})
        return r

    def join(self):
        meta = _traced(self)
        if meta is None:
            return j_join(self)
        ln = _ln()
        hold(meta["id"], "join", ln)
        left = _value(self._unfinished_tasks)
        if left:
            emit({"k": "join-wait", "o": meta["id"], "unfinished": left, "ln": ln})
        r = j_join(self)
        emit({"k": "joined", "o": meta["id"], "ln": ln})
        return r

    m.Queue.put, m.Queue.get = putter(q_put), get
    m.JoinableQueue.put, m.JoinableQueue.task_done, m.JoinableQueue.join = putter(j_put), task_done, join
    s_put, s_get = m.SimpleQueue.put, m.SimpleQueue.get

    def s_putter(self, obj):
        meta = _traced(self)
        if meta is None:
            return s_put(self, obj)
        ln = _ln()
        hold(meta["id"], "put", ln)
        key = T.new_key()
        emit({"k": "put", "o": meta["id"], "value": show(obj), "key": key, "ln": ln})
        return s_put(self, Tagged(key, obj))

    def s_getter(self):
        meta = _traced(self)
        if meta is None:
            return _untag(s_get(self))[1]
        ln = _ln()
        hold(meta["id"], "get", ln)
        if self.empty():
            emit({"k": "get-wait", "o": meta["id"], "ln": ln})
        key, value = _untag(s_get(self))
        emit({"k": "get", "o": meta["id"], "value": show(value), "key": key, "ln": ln})
        return value

    m.SimpleQueue.put, m.SimpleQueue.get = s_putter, s_getter


def _value(sem):
    try:
        return sem._semlock._get_value()
    except Exception:
        return None


# ---- pipes: Pipe(), Connection.send/recv/close ----

def patch_connection(m):
    o_pipe = m.Pipe

    def Pipe(duplex=True):
        a, b = o_pipe(duplex)
        f = _creator(2) if T.connected() else None
        if f is not None:
            pid = T.new_id()
            names = _label(f, 2)
            a._pl = {"id": pid + ".a", "pipe": pid}
            b._pl = {"id": pid + ".b", "pipe": pid}
            d = {"k": "create", "o": pid, "type": "Pipe", "duplex": bool(duplex), "ends": [pid + ".a", pid + ".b"],
                 "ln": T.program_line(f)}
            if names:
                d["labels"] = names
            emit(d)
        return a, b

    m.Pipe = Pipe
    C = m._ConnectionBase
    o_send, o_recv, o_close = C.send, C.recv, C.close

    def send(self, obj):
        meta = _traced(self)
        if meta is None:
            return o_send(self, obj)
        ln = _ln()
        hold(meta["id"], "send", ln)
        key = T.new_key()
        emit({"k": "send", "o": meta["id"], "value": show(obj), "key": key, "ln": ln})
        return o_send(self, Tagged(key, obj))

    def recv(self):
        meta = _traced(self)
        if meta is None:
            return _untag(o_recv(self))[1]
        ln = _ln()
        hold(meta["id"], "recv", ln)
        try:
            if not self.poll():
                emit({"k": "recv-wait", "o": meta["id"], "ln": ln})
            r = o_recv(self)
        except EOFError:
            emit({"k": "recv", "o": meta["id"], "eof": True, "ln": ln})
            raise
        key, value = _untag(r)
        emit({"k": "recv", "o": meta["id"], "value": show(value), "key": key, "ln": ln})
        return value

    def close(self):
        meta = _traced(self)
        if meta is not None and not self.closed:
            emit({"k": "close", "o": meta["id"], "ln": _ln()})
        return o_close(self)

    C.send, C.recv, C.close = send, recv, close
    from multiprocessing import reduction
    if hasattr(m, "reduce_connection"):
        o_reduce = m.reduce_connection

        def reduce_connection(conn):
            rv = o_reduce(conn)
            meta = conn.__dict__.get("_pl")
            return rv if meta is None else (_rebuild_conn, (rv, meta))
        reduction.register(m.Connection, reduce_connection)


def _rebuild_conn(rv, meta):
    conn = rv[0](*rv[1])
    conn._pl = meta
    return conn


# ---- processes: start, bootstrap (start and exit), join, reaping ----

def _target_of(p):
    """What a process runs, as module.name: its target, or its class's run()."""
    t = getattr(p, "_target", None)
    if t is not None:
        if getattr(t, "_processlab_worker", False):
            return "pool.worker"
        name = getattr(t, "__qualname__", None) or getattr(t, "__name__", None) or repr(t)
        module = getattr(t, "__module__", None)
    else:
        name, module = type(p).__qualname__ + ".run", type(p).__module__
    if module == "__mp_main__":
        module = "__main__"
    return module + "." + name if module else name


def _method_of(p):
    popen = getattr(p, "_popen", None)
    return getattr(popen, "method", None) if popen is not None else None


def patch_process(m):
    B = m.BaseProcess
    o_start, o_boot, o_join = B.start, B._bootstrap, B.join

    def start(self):
        t0 = T.now()
        target = _target_of(self)  # start() forgets the target
        r = o_start(self)
        if T.connected():
            emit({"k": "spawned", "child": self.pid, "name": self.name, "target": target,
                  "role": "pool-worker" if target == "pool.worker" else "child",
                  "method": _method_of(self), "t0": t0, "ln": _ln()})
        return r

    def _bootstrap(self, *args, **kw):
        if not T.connected():
            T.connect("child")
        target = _target_of(self)
        method = getattr(self, "_start_method", None)
        emit({"k": "start", "name": self.name, "parent": getattr(self, "_parent_pid", None), "target": target,
              "role": "pool-worker" if target == "pool.worker" else "child", "method": method})
        failure = {}
        run = self.run

        def traced_run():
            try:
                return run()
            except SystemExit:
                raise
            except BaseException as e:
                failure["error"] = "%s: %s" % (type(e).__name__, e)
                raise
        self.run = traced_run
        try:
            code = o_boot(self, *args, **kw)
        finally:
            self.__dict__.pop("run", None)
        d = {"k": "exit", "code": code}
        d.update(failure)
        emit(d)
        return code

    def join(self, timeout=None):
        f = user_frame() if T.connected() else None
        if f is None:
            return o_join(self, timeout)
        ln = T.program_line(f)
        emit({"k": "process-join-wait", "child": self.pid, "name": self.name, "timeout": timeout, "ln": ln})
        r = o_join(self, timeout)
        emit({"k": "process-joined", "child": self.pid, "name": self.name, "code": self.exitcode, "ln": ln})
        return r

    B.start, B._bootstrap, B.join = start, _bootstrap, join


def _poll_patch(m):
    o_poll = m.Popen.poll

    def poll(self, *a, **kw):
        known = self.returncode is not None
        r = o_poll(self, *a, **kw)
        if r is not None and not known and T.connected():
            emit({"k": "reaped", "child": self.pid, "code": r})
        return r

    m.Popen.poll = poll


def patch_spawn(m):
    o_main = m._main

    def _main(*a, **kw):
        if not T.connected():
            T.connect("child")
        return o_main(*a, **kw)
    m._main = _main


# ---- pool: the chunks each worker takes and the results it gives ----

def patch_pool(m):
    P = m.Pool
    o_init, o_setup = P.__init__, P._setup_queues

    def __init__(self, *a, **kw):
        f = _creator(2) if T.connected() and type(self).__name__ != "ThreadPool" and not isinstance(
            self, m.ThreadPool) else None
        if f is not None:
            pid = T.new_id()
            label = (_label(f) or ["pool"])[0]
            self._pl = {"pool": pid, "tasks": pid + ".tasks", "results": pid + ".results"}
            emit({"k": "create", "o": pid, "type": "Pool", "label": label, "tasks": pid + ".tasks",
                  "results": pid + ".results", "ln": T.program_line(f)})
        return o_init(self, *a, **kw)

    def _setup_queues(self):
        o_setup(self)
        meta = self.__dict__.get("_pl")
        if not meta:
            return
        self._inqueue.__dict__["_pl"] = {"pool": meta}
        put, get = self._quick_put, self._quick_get

        def quick_put(task):
            if task is not None and T.connected():
                emit(_chunk("put", meta["tasks"], task, meta))
            return put(task)

        def quick_get():
            r = get()
            if r is not None and T.connected():
                emit(_result("get", meta["results"], r, meta))
            return r

        self._quick_put, self._quick_get = quick_put, quick_get

    P.__init__, P._setup_queues = __init__, _setup_queues
    o_worker = m.worker

    def worker(inqueue, outqueue, *a, **kw):
        meta = (inqueue.__dict__.get("_pl") or {}).get("pool")
        if meta is None or not T.connected():
            return o_worker(inqueue, outqueue, *a, **kw)
        return o_worker(_WorkerIn(inqueue, meta), _WorkerOut(outqueue, meta), *a, **kw)

    worker._processlab_worker = True
    worker.__module__, worker.__qualname__, worker.__name__ = o_worker.__module__, "worker", "worker"
    m.worker = worker


def _chunk(kind, obj, task, meta):
    job, i, func, args, kw = task
    import multiprocessing.pool as mp
    if func in (mp.mapstar, mp.starmapstar) and args:
        fn, items = args[0][0], list(args[0][1])
    else:
        fn, items = func, [args if kw == {} else (args, kw)]
    shown = [show(x) for x in items[:50]]
    return {"k": kind, "o": obj, "pool": meta["pool"], "job": job, "chunk": i,
            "fn": getattr(fn, "__name__", show(fn)), "items": shown, "count": len(items),
            "key": "%s:%s:%s" % (meta["pool"], job, i)}


def _result(kind, obj, r, meta):
    job, i, (ok, value) = r
    values = value if ok and isinstance(value, list) else [value]
    d = {"k": kind, "o": obj, "pool": meta["pool"], "job": job, "chunk": i, "ok": bool(ok),
         "results": [show(x) for x in values[:50]], "count": len(values),
         "key": "%s:%s:%s:r" % (meta["pool"], job, i)}
    return d


class _WorkerIn(object):
    def __init__(self, q, meta):
        self._q, self._meta = q, meta

    def get(self):
        if self._q.empty():
            emit({"k": "get-wait", "o": self._meta["tasks"]})
        task = self._q.get()
        if task is not None:
            emit(_chunk("get", self._meta["tasks"], task, self._meta))
        return task

    def __getattr__(self, name):
        return getattr(self._q, name)


class _WorkerOut(object):
    def __init__(self, q, meta):
        self._q, self._meta = q, meta

    def put(self, r):
        emit(_result("put", self._meta["results"], r, self._meta))
        return self._q.put(r)

    def __getattr__(self, name):
        return getattr(self._q, name)


# ---- time.sleep ----

def _sleep(seconds):
    f = user_frame() if T.connected() and not T.busy() else None
    if f is None:
        return _orig_sleep(seconds)
    ln = T.program_line(f)
    emit({"k": "sleep", "secs": seconds, "ln": ln})
    try:
        return _orig_sleep(seconds)
    finally:
        emit({"k": "wake", "ln": ln})


# ---- the import hook ----

PATCHES = {
    "multiprocessing.synchronize": patch_synchronize,
    "multiprocessing.queues": patch_queues,
    "multiprocessing.connection": patch_connection,
    "multiprocessing.process": patch_process,
    "multiprocessing.spawn": patch_spawn,
    "multiprocessing.pool": patch_pool,
    "multiprocessing.popen_fork": _poll_patch,
    "multiprocessing.popen_forkserver": _poll_patch,
}


class _Loader(importlib.abc.Loader):
    def __init__(self, inner, patch):
        self._inner, self._patch = inner, patch

    def create_module(self, spec):
        return self._inner.create_module(spec)

    def exec_module(self, module):
        self._inner.exec_module(module)
        try:
            self._patch(module)
        except Exception as e:
            sys.__stderr__.write("ProcessLab tracer: %s not traced: %r\n" % (module.__name__, e))

    def __getattr__(self, name):
        return getattr(self._inner, name)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        patch = PATCHES.get(name)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _Loader(spec.loader, patch)
                return spec
        return None


def install_hook():
    time.sleep = _sleep
    sys.meta_path.insert(0, _Finder())
    for name, patch in PATCHES.items():
        if name in sys.modules:
            patch(sys.modules[name])
