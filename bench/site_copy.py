"""A copy of a site's sources for the dev server's benchmarks (serve_reload.py, serve_rebuild.py):
what `urker serve` reads, in a temporary folder the benchmark may edit."""
import os
import shutil
import tempfile


def copy_site(site, prefix):
    """site.yaml, content/, static/ and themes/ of `site` (those it has) in a new temporary folder."""
    work = tempfile.mkdtemp(prefix=prefix)
    for name in ('site.yaml', 'content', 'static', 'themes'):
        src = os.path.join(site, name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(work, name))
        elif os.path.isfile(src):
            shutil.copy(src, work)
    return work
