"""ProcessLab's tracer: the link from one traced Python process to the app.

Each process of a traced run has its own connection to the app (a Unix-domain socket in the
run's private folder, PROCESSLAB_TRACE_DIR): it says hello, takes the app's clock in a
handshake, then writes one JSON line per event, each with one system call. No thread of the
tracer's runs in the traced process. A second connection, the lifeline, is never written to: it
is set to raise SIGIO (whose default action ends the process) when the app closes it or dies, so
that no process of the run outlives the app. End of file on a process's connection tells the
app that the process ended, however it ended.

The patches of multiprocessing and time.sleep are in processlab_patches; they are applied when
the program imports those modules (an import hook), never before, so that a program sees the
standard library as it would untraced (a file named queue.py still hides the standard queue).
"""
import fcntl
import json
import mmap
import os
import signal
import socket
import sys
import threading
import time

_dir = None
_program = None
_sock = None
_life = None
_offset = 0
_pid = 0
_tls = threading.local()
_counter = 0
_gate = None
_gate_lock = threading.Lock()
_replies = b""
_stdlib = os.path.dirname(os.__file__)
_here = os.path.dirname(os.path.abspath(__file__))
MAX_TEXT = 4000


def install():
    """Called by sitecustomize in every interpreter of a traced run."""
    global _dir, _program
    _dir = os.environ["PROCESSLAB_TRACE_DIR"]
    _program = os.environ.get("PROCESSLAB_TRACE_PROGRAM")
    import processlab_patches
    processlab_patches.install_hook()
    os.register_at_fork(after_in_child=_after_fork_child)
    if os.environ.pop("PROCESSLAB_TRACE_ROOT", None) == "1":
        try:
            os.setpgid(0, 0)  # the run's processes are one group: Stop ends it whole
        except OSError:
            pass
        connect("main")
        emit({"k": "start", "name": "MainProcess", "role": "main", "parent": 0,
              "program": _program, "argv": sys.argv[1:]})
        import atexit
        atexit.register(_at_exit)


def connected():
    # a fork always runs _after_fork_child (os.register_at_fork), which reconnects: no getpid here
    return _sock is not None


def connect(role):
    """Opens this process's connection and lifeline; says hello and takes the app's clock."""
    global _sock, _life, _offset, _pid
    _pid = os.getpid()
    try:
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(os.path.join(_dir, "events.sock"))
        t0 = time.monotonic_ns()
        s.sendall(_line({"k": "hello", "pid": _pid, "ppid": os.getppid(), "role": role, "t": t0,
                         "python": "%d.%d.%d" % sys.version_info[:3],
                         "implementation": sys.implementation.name,
                         "executable": sys.executable}))
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = s.recv(256)
            if not chunk:
                raise ConnectionError("the app closed the connection")
            reply += chunk
        t1 = time.monotonic_ns()
        now = json.loads(reply.decode("utf-8"))["now"]
        # time.monotonic_ns() and the JVM's System.nanoTime() both read CLOCK_MONOTONIC on Linux:
        # when the app's time falls inside the round trip, they are one clock and no offset is
        # applied (a mid-point estimate would only add the scheduling delay of a busy machine)
        _offset = 0 if t0 <= now <= t1 else now - (t0 + t1) // 2
        life = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        life.connect(os.path.join(_dir, "life.sock"))
        life.sendall(_line({"pid": _pid}))
        try:
            signal.signal(signal.SIGIO, signal.SIG_DFL)
        except ValueError:
            pass
        fd = life.fileno()
        fcntl.fcntl(fd, fcntl.F_SETOWN, _pid)
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_ASYNC)
        # an app that died before the line above raised no SIGIO here: look once whether the
        # lifeline is already closed (b"" at its end; still open: nothing to read yet)
        try:
            if life.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                os._exit(70)
        except BlockingIOError:
            pass
    except OSError:
        # the app is gone (or never was): a process of its run does not go on alone
        os._exit(70)
    _sock, _life = s, life
    _open_gate()
    _capture_output()


def _open_gate():
    """Step mode's switch: one byte the app sets in the run's private folder (`gate`), read
    through a shared mapping, so that asking whether to hold costs no system call. A forked
    child keeps its parent's mapping."""
    global _gate
    if _gate is not None:
        return
    try:
        fd = os.open(os.path.join(_dir, "gate"), os.O_RDONLY)
        try:
            _gate = mmap.mmap(fd, 1, mmap.MAP_SHARED, mmap.PROT_READ)
        finally:
            os.close(fd)
    except (OSError, ValueError):
        _gate = None


def hold(o, op, ln):
    """Step mode: while the app's switch is on, an operation on a traced object waits here, before
    it is done, until the app lets it go. The process says `held` on its connection and blocks
    reading the app's answer on the same connection (its private channel); the program's other
    threads that reach an operation meanwhile wait their turn behind it."""
    g = _gate
    if g is None or not g[0] or _sock is None:
        return
    with _gate_lock:
        emit({"k": "held", "o": o, "op": op, "ln": ln})
        _await_go()


def _await_go():
    global _replies
    s = _sock
    while b"\n" not in _replies:
        try:
            chunk = s.recv(256)
        except OSError:
            chunk = b""
        if not chunk:
            _replies = b""
            return  # the app is gone: its lifeline ends this process
        _replies += chunk
    _replies = _replies.split(b"\n", 1)[1]


def _after_fork_child():
    """A forked child shares its parent's sockets: it closes its copies and opens its own."""
    global _sock, _life, _gate_lock, _replies
    _gate_lock = threading.Lock()  # another thread of the parent may have held it at the fork
    _replies = b""
    if _sock is None:
        return
    for s in (_sock, _life):
        try:
            s.close()  # this process's descriptor only: no shutdown, the parent's stays open
        except OSError:
            pass
    _sock, _life = None, None
    connect("child")


def _make_encoder():
    """The JSON of one event, as json.dumps(d, ensure_ascii=False, separators=(",", ":"),
    default=str) writes it, with the C encoder made once (JSONEncoder.encode makes a new one at
    each call, a third of an event's encoding time); the pure-Python encoder where there is no C."""
    plain = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
    try:
        from json.encoder import c_make_encoder, encode_basestring
        if c_make_encoder is None:
            return plain
        c = c_make_encoder(None, str, encode_basestring, None, ":", ",", False, False, True)
        if "".join(c({"k": "x", "n": [1, None, 2.5, True]}, 0)) != plain({"k": "x", "n": [1, None, 2.5, True]}):
            return plain
        join = "".join
        return lambda d: join(c(d, 0))
    except Exception:
        return plain


_encode = _make_encoder()


def _line(d):
    return (_encode(d) + "\n").encode("utf-8", "replace")


def emit(d):
    """Writes one event; `t` is stamped here in the app's clock."""
    s = _sock
    if s is None:
        return
    d["t"] = time.monotonic_ns() + _offset
    try:
        s.sendall(_line(d))
    except OSError:
        pass


def now():
    return time.monotonic_ns() + _offset


def new_key():
    """A key shared by a put/send and the get/recv that takes the same value."""
    global _counter
    _counter += 1
    return "%d.%d" % (_pid, _counter)  # _pid: this process's, set when it connected


def new_id():
    global _counter
    _counter += 1
    return "%d:%d" % (_pid, _counter)


def busy():
    """True inside the tracer's own work (a repr): operations then are not recorded."""
    return getattr(_tls, "busy", False)


class Busy:
    def __enter__(self):
        _tls.busy = True

    def __exit__(self, *a):
        _tls.busy = False


_PLAIN = (int, str, float, bool, type(None))


def show(value):
    """A value as repr() shows it, as a Java lesson's cards show theirs ('0 * 0 = 0', [1, 'a'],
    None), cut to a card's length. An object whose class says itself only by __str__ (the
    notebook's Task) reads as print shows it: its repr would be its address alone."""
    if type(value) in _PLAIN:
        text = repr(value)  # runs none of the program's code: no need to mark the tracer busy
        return text if len(text) <= 200 else text[:199] + "\u2026"
    with Busy():
        try:
            kind = type(value)
            only_str = kind.__repr__ is object.__repr__ and kind.__str__ is not object.__str__
            text = str(value) if only_str else repr(value)
        except Exception:
            text = object.__repr__(value)
    return text if len(text) <= 200 else text[:199] + "\u2026"


def user_frame(depth=2):
    """The first frame outside the standard library and this tracer (the program's code)
    calling the operation, or None when the standard library itself did (a queue's own lock,
    the pool's own pipes, multiprocessing's own joins)."""
    f = sys._getframe(depth)
    while f is not None:
        name = f.f_code.co_filename
        if name.startswith(_here):
            f = f.f_back
            continue
        if name.startswith(_stdlib) and "-packages" not in name:
            return None
        if name.startswith("<frozen"):
            f = f.f_back
            continue
        return f
    return None


def program_line(f):
    """The line of the program's own file that this frame chain is at, or None."""
    for _ in range(30):
        if f is None:
            return None
        if _program is not None and f.f_code.co_filename == _program:
            return f.f_lineno
        f = f.f_back
    return None


class _Out:
    """Standard output or error of a traced process: each line is an event (print or stderr)."""

    def __init__(self, kind, real):
        self._kind = kind
        self._real = real
        self._buf = ""
        self.encoding = "utf-8"
        self.errors = "strict"

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not connected():
            return self._real.write(s)
        self._buf += s
        while "\n" in self._buf:
            line, self._buf = self._buf.split("\n", 1)
            emit({"k": self._kind, "text": line[:65536]})
        return len(s)

    def flush(self):
        if self._buf and connected():
            emit({"k": self._kind, "text": self._buf[:65536], "part": True})
            self._buf = ""
        try:
            self._real.flush()
        except Exception:
            pass

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def fileno(self):
        return self._real.fileno()

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def reconfigure(self, **kw):
        pass

    @property
    def closed(self):
        return False

    @property
    def buffer(self):
        return self._real.buffer

    @property
    def line_buffering(self):
        return True

    def __getattr__(self, name):
        return getattr(self._real, name)


def _capture_output():
    for name, kind in (("stdout", "print"), ("stderr", "stderr")):
        cur = getattr(sys, name)
        if isinstance(cur, _Out):
            cur._buf = ""
        elif cur is not None:
            setattr(sys, name, _Out(kind, cur))


def release_output():
    """Gives the real streams back (at the very end, before the interpreter's finalization)."""
    for name in ("stdout", "stderr"):
        cur = getattr(sys, name)
        if isinstance(cur, _Out):
            cur.flush()
            setattr(sys, name, cur._real)


def _at_exit():
    release_output()
