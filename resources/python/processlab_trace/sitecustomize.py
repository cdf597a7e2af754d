# ProcessLab's tracer enters every Python interpreter of a traced run here: the runner puts this
# folder first on PYTHONPATH, so `site` imports this file at start-up (a forked child inherits
# what it installed). It installs the tracer, then runs the sitecustomize that this one hides
# (Debian and Ubuntu ship one), so that the interpreter behaves as it would untraced.
import os
import sys


def _install():
    if not os.environ.get("PROCESSLAB_TRACE_DIR"):
        return
    try:
        import processlab_tracer
        processlab_tracer.install()
    except Exception as e:  # the program must run even if the tracer cannot
        sys.__stderr__.write("ProcessLab tracer: not installed: %r\n" % (e,))


def _chain():
    """Runs the next sitecustomize on sys.path, as if this one were not there."""
    import importlib.machinery
    import importlib.util
    here = os.path.dirname(os.path.abspath(__file__))
    rest = [p for p in sys.path if os.path.abspath(p or ".") != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", rest)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    sys.modules["sitecustomize"] = module
    try:
        spec.loader.exec_module(module)
    except Exception as e:
        # what site.py itself does when a sitecustomize fails
        sys.stderr.write("Error in sitecustomize; set PYTHONVERBOSE for traceback:\n%s: %s\n"
                         % (type(e).__name__, e))


_install()
_chain()
