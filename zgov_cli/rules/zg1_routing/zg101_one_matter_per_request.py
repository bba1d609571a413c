"""ZG101 请示应当一文一事."""
from __future__ import annotations

from typing import Iterator

from ...analysis.asks_legacy import add_places, find_asks, group_asks, issuer_words, specifics, title_core, title_matters
from ...model import Document, Finding
from ..base import Context, Example, Rule


class OneMatterPerRequest(Rule):
    code = "ZG101"
    title = "请示应当一文一事"
    severity = "error"
    explanation = (
        "请示应当一文一事。不同事项往往由不同部门办理（经费归财政、编制归编办），合在一件请示里，上级无法分送办理、分别批"
        "复，容易延误。"
    )
    triggers = (
        "文种为请示，且请示了两项及以上不同事项：标题把两项请求并列（“申请追加经费和增加编制”“清淤经费及增设岗位”）；"
        "正文中请求句的对象不同（“恳请安排经费……”，“此外/另外/同时，请求批准增设岗位……”）；"
        "或在“恳请给予以下支持：一是……二是……”中列出对象不同的请求；"
        "标题以两个对象不同的动宾短语并列（“提高……标准和新建……”）；另起一段以“同时/此外”为另一个项目申请用地。"
        "不同资源类别（经费、编制岗位、机构设置）的请求是不同事项，标题主题词和发文机关职能词（如应急管理局的“应急”）不算共同对象。"
        "判断依据是请求对象：按 jieba 词典分词后去掉泛用词（县政府、批准、安排、经费数额等）比较关键名词，"
        "并区分资源类别（经费、编制岗位、机构设置）。"
    )
    non_triggers = (
        "同一事项分几句叙述；同一笔经费分期拨付（首期、二期）或指回前文（上述经费、该项目）；"
        "同一项目的细节（建设用地、规划审批、协调配合施工）；结尾“妥否，请批示”不算事项；"
        "标题“关于A和B有关问题的请示”“关于X项目建设用地及规划审批的请示”不单凭标题判定；"
        "请示以外的文种（转发请示的通知本身没有请示事项）。"
    )
    fix_hint = "把不同事项拆成几件请示分别报送，每件只请示一个事项，标题只写这一事项。"
    bad = (
        Example(
            "@title 泽州县住房和城乡建设局关于申请城区排水管网清淤经费及增设市政维护岗位的请示\n"
            "泽州县人民政府：\n"
            "入汛在即，城区部分排水管网淤积严重。经测算，全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元。\n"
            "此外，我局市政设施维护中心现有人员18名，难以满足维护需要，请求县政府批准增设市政维护岗位10个。\n"
            "妥否，请批示。\n"
            "@right 泽州县住房和城乡建设局\n"
            "@right 2025年5月20日",
            note="经费和岗位是两项事项，由不同部门办理。",
        ),
        Example(
            "@title 泽州县民政局关于申请项目建设资金的请示\n"
            "泽州县人民政府：\n"
            "为改善农村群众生活条件，现将有关事项请示如下。\n"
            "恳请县政府给予以下支持：一是安排巴公镇供水管网改造资金50万元；二是安排金村镇敬老院建设资金30万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县民政局\n"
            "@right 2025年6月3日",
            note="标题笼统，但正文列出的两项请求对象不同（供水管网、敬老院）。",
        ),
        Example(
            "@title 泽州县教育局关于申请追加学生营养餐补助经费和增加教师编制的请示\n"
            "泽州县人民政府：\n"
            "今年全县农村义务教育学校在校生较去年增加1260人，营养改善计划资金缺口较大，教学力量也明显不足。\n"
            "妥否，请批示。\n"
            "@right 泽州县教育局\n"
            "@right 2025年3月5日",
            note="标题把经费和编制两项请求并列。",
        ),
    )
    good = (
        Example(
            "@title 泽州县住房和城乡建设局关于申请城区排水管网清淤经费的请示\n"
            "泽州县人民政府：\n"
            "入汛在即，城区部分排水管网淤积严重。经测算，全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元。\n"
            "上述经费恳请分两期拨付，首期50万元于6月底前拨付，二期36万元于9月底前拨付。\n"
            "妥否，请批示。\n"
            "@right 泽州县住房和城乡建设局\n"
            "@right 2025年5月20日",
            note="一笔经费分期拨付，仍是一个事项。",
        ),
        Example(
            "@title 泽州县民政局关于金村镇敬老院建设项目建设用地及规划审批的请示\n"
            "泽州县人民政府：\n"
            "为满足农村特困人员集中供养需求，我局拟在金村镇新建敬老院一所，床位120张。\n"
            "恳请县政府批准金村镇敬老院建设项目实施。为保障项目顺利实施，恳请县政府协调自然资源局办理建设用地手续。\n"
            "妥否，请批示。\n"
            "@right 泽州县民政局\n"
            "@right 2025年6月3日",
            note="同一项目的审批和用地手续，是一个事项的细节。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type != "请示":
            return
        asks = find_asks(doc)
        places = ctx.config.orgs.townships
        from ...analysis.segment import expect

        # one dictionary scan for every text that may be cut (places included)
        texts = [a.obj + a.before + a.context for a in asks] if len(asks) >= 2 else []
        expect(texts + [title_core(doc.title or "")] + list(places))
        add_places(places)
        parts = title_matters(doc.title)
        if len(asks) >= 2:  # segmentation only when there is something to compare
            title = doc.title if doc.title and not parts else ""
            topic = lambda: specifics(title_core(title)) if title else frozenset()  # noqa: E731
            clusters = group_asks(asks, topic, lambda: topic() | issuer_words(doc))
        else:
            clusters = [asks] if asks else []
        art = ctx.profile.cite(self.code)
        if len(clusters) >= 2:
            ev = "；".join(f"事项{_cn_num(i + 1)}：“{c[0].text}”" for i, c in enumerate(clusters))
            extra = f"标题也并列了“{parts[0]}”和“{parts[1]}”。" if parts else ""
            yield self.finding(
                f"这件请示同时请示了{len(clusters)}项不同事项（请求对象不同）。{extra}"
                f"按{art}的规定，不同事项应分别行文，以便上级分送办理、分别批复。请把各事项拆成单独的请示。",
                ev,
                clusters[1][0].para,
            )
        elif parts:
            yield self.finding(
                f"请示标题把两项不同的请求并列：“{parts[0]}”和“{parts[1]}”。"
                f"按{art}的规定，一件请示只能请示一个事项。请分别行文，标题只写一个事项。",
                f"事项一：“{parts[0]}”；事项二：“{parts[1]}”",
                doc.title_paragraph(),
            )


def _cn_num(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)
