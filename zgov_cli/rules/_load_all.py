"""Importing this module registers every rule family (explicit, like yamllint)."""
from . import reading  # noqa: F401  ZG0 读取
from . import routing  # noqa: F401  ZG1 行文规则
from . import length  # noqa: F401  ZG2 篇幅
from . import format as _format  # noqa: F401  ZG3 格式
from . import timing  # noqa: F401  ZG4 时限
from . import text  # noqa: F401  ZG5 文字
from . import layout  # noqa: F401  ZG6 版式
