"""ZG2 — 篇幅 (length): the 篇幅 limits of the county's work rules.

The article (in the built-in profile) has two sentences and two scopes:

1. what 各乡镇、县直各部门 send to the county government (报送县政府公文) and
   代拟稿: 5000 字, 4000 字 when it deploys a special task (部署专项工作或具体
   任务), no limit for 部署全局性、综合性工作;
2. 请示/报告 呈报上级 (sent to a superior — for a 乡镇 or 县直部门 the county
   government is that superior; for the county government, 晋城市): 请示 1500,
   综合报告 5000, 专项报告 3000.

Documents the county government or its 办公室 issues itself (downward or to
peers) are covered by neither. Limits come from ``config.limits``.
"""
