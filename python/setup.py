"""Installs the `gravitykit` package and, when it has been built, a copy of the Swift library.

`swift build -c release --product GravityKitC` in the repository writes
`.build/release/libGravityKitC.so` (`.dylib` on macOS); `pip install ./python` then copies it into
the package, so that the installed package (and each Spark or Dask worker it is installed on) finds
it without `GRAVITYKIT_LIBRARY`.
"""
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

RELEASE_FOLDER = Path(__file__).resolve().parent.parent / ".build" / "release"
LIBRARY_NAMES = ("libGravityKitC.so", "libGravityKitC.dylib")


class BuildWithLibrary(build_py):
    """Copies the release build of the library into the package being built, when there is one."""

    def run(self):
        super().run()
        built = [RELEASE_FOLDER / name for name in LIBRARY_NAMES if (RELEASE_FOLDER / name).exists()]
        if not built:
            print(f"gravitykit: no library in {RELEASE_FOLDER}; run `swift build -c release --product GravityKitC` "
                  "first, or set GRAVITYKIT_LIBRARY when importing gravitykit")
            return
        target = Path(self.build_lib) / "gravitykit"
        for library in built:
            shutil.copy2(library, target / library.name)


class PlatformDistribution(Distribution):
    """The wheel holds a native library, so it is tagged for this platform."""

    def has_ext_modules(self):
        return True


setup(cmdclass={"build_py": BuildWithLibrary}, distclass=PlatformDistribution)
