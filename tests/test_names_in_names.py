"""A name inside a longer name (issue 13, fourth round): stock links and listed names that are a piece of
another organization's name, generic descriptions built like names, and sector words inside names.
Sentences and articles are real (the file each comes from is named beside it); expected values are read
off the sentence."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts import extract, extract_text

ROOT = Path(__file__).resolve().parent.parent


def _stocks(path: str) -> dict[str, bool]:
    return {s["code"]: s["in_context"] for s in extract(str(ROOT / path)).to_dict()["stocks"]}


@pytest.mark.parametrize("path, code, in_context", [
    # the link text inside a longer registered name (SPEC §3.9): 深圳市凯中精密技术股份有限公司 holds 凯中精密,
    # 宁夏金晶科技有限公司 holds 金晶科技, 陕西华秦科技实业股份有限公司 holds 华秦科技
    ("fixtures/unseen1_posts/articles/unseen_post-05.txt", "002823.SZ", False),
    ("fixtures/unseen1_posts/articles/unseen_post-02.txt", "600586.SH", False),
    ("fixtures/unseen1_posts/articles/unseen_post-11.txt", "688281.SH", False),
    # a short name that ends inside a word: 中国动力|电池 of 中国动力电池产业创新联盟
    ("fixtures/unseen1_posts/articles/unseen_post-07.txt", "600482.SH", False),
    # 公司 before an ordinary-word name is no cue when it ends another firm's registered name
    # (宁夏金晶科技有限公司太阳能光伏轻质面板项目)
    ("fixtures/unseen1_posts/articles/unseen_post-02.txt", "000591.SZ", False),
    # the short name followed by its suffix alone is the company's own name written out
    ("fixtures/corpus/sina_hexo-059.txt", "600909.SH", True),      # 华安证券股份有限公司
    ("fixtures/corpus/sina_hexo-005.txt", "601099.SH", True),      # 太平洋证券
])
def test_link_inside_a_longer_name_is_out_of_context(path, code, in_context):
    assert _stocks(path)[code] is in_context


def _orgs(text: str) -> dict[str, dict]:
    return {f["text"]: f for f in extract_text(text).to_dict()["facts"] if f["type"] == "organization"}


# (sentence, text that must not be an organization nor part of one)
NOT_AN_ORGANIZATION = [
    # a word naming a kind of firm (科创板, 央企, 国企, 控股集团) is no firm's own name: a description
    # (fixtures/unseen1_posts/articles/unseen_post-11.txt, fixtures/unseen1_pages/html/unseen_page-cx163-55.html)
    ("目前，428家科创板公司属24个行业，其中前三大行业分别是计算机通信和其他电子设备制造业、专用设备制造业、软件和信息技术服务业，分别包含85家、78家、62家公司。",
     "科创板"),
    ("“与主板上市公司显著不同的是，科创板公司更依赖当地的科教资源，高教、科研院所资源丰富的地方，无疑更具优势。", "科创板"),
    ("“与主板上市公司显著不同的是，科创板公司更依赖当地的科教资源，高教、科研院所资源丰富的地方，无疑更具优势。", "科研院所"),
    ("“与主板上市公司显著不同的是，科创板公司更依赖当地的科教资源，高教、科研院所资源丰富的地方，无疑更具优势。", "高教"),
    ("一位不具姓名的央企人士对本报记者说，现在还存在资产证券化率低于30%的央企集团，比如南方电网的资产证券化率仅为0.79%。", "央企"),
    ("此外，借用资本市场严格的外部监管和产权主体多元化实现混改，国企整体上市后将直接促进国企盈利能力不强的核心问题——政企不分，"
     "通过国企公司治理的提升改善其盈利能力，实现顺利去杠杆。", "国企"),
    ("“在控股大股东短期内实现整体上市尚有困难时，通过注入核心资产，是提高控股集团资产证券化率的快捷手段。", "控股集团"),
    # 证券 of 证券化 (securitisation) ends no name (unseen_page-cx163-55.html)
    ("此前国资委曾设定2015年央企资产证券化比率为80%的目标，如果该目标实现的话，则意味着今年将会有12%的央企资产证券化，"
     "按照目前央企资产总额55万亿元的统计数字核算，也就是超过6万亿的资产将要上市。", "证券"),
    # a place is no firm before a plan's cue or beside a firm in a list (unseen_post-02.txt, unseen_post-09.txt)
    ("2．地级市及宁东重大项目投资完成率后二名：银川市（不含宁东）计划投资258亿元，完成52%；宁东计划投资201亿元，完成38.9%。", "宁东"),
    ("今年6月，郑州与阿里巴巴签署了深化数字城市建设战略合作等协议，双方将围绕数字城市建设、数字产业生态建设、信息技术人才培养等方面开展深度合作，"
     "积极探索数字经济高质量发展的郑州模式。", "郑州"),
    # a dictionary name never starts inside a word (创新|政府, 发现|政府, 跨国|议会: cx163-62, fixtures/corpus/sina_hexo-061.txt,
    # fixtures/html/huanqiu-1.html), nor with a preposition the segmenter cuts off (加大|对|外部市场: unseen_post-08.txt)
    ("着力做大增量，培育新兴业态，打造新的增长点；着力创新政府服务模式，夯实网络发展基础，营造安全网络环境，提升公共服务水平。", "政府"),
    ("网友说，顺藤摸瓜发现政府做了好多事，再问问在政府部门工作的师兄师姐们，发现他们也觉得没啥特别的，就是正常日常工作，谁也没想到要专门宣传。", "政府"),
    ("今天，来自美、英、日、德、澳、加拿大、挪威、瑞典8个国家的政客和议员，组成了一个“跨国议会对华政策联盟”，号称“八国联盟”。", "议会"),
    ("霍建国表示，接下来，如何加大对外部市场的开拓、如何稳定欧盟市场，这些工作都关系到下一步进出口贸易的变化。", "外部"),
    # a person between an institute and the person's role, or before an institute, is no part of it (unseen_page-gsc-1.html,
    # unseen_page-gerapy-chinanews-1.html, fixtures/corpus/sina_hexo-062.txt)
    ("中国科学院院士袁道先教授、周成虎研究员，中国地理学会副理事长薛德升教授、刘敏教授、贺灿飞教授，发展中国家科学院院士刘彦随研究员、"
     "安徽师范大学副校长陆林教授、中国地理学会副秘书长何书金研究员等出席开幕式。", "周成虎"),
    ("北京大学贺灿飞教授、中科院地理科学与资源研究所刘彦随研究员、安徽师范大学陆林教授", "刘彦随"),
    # (unseen_page-gerapy-chinanews-1.html's `(作者：方敏北京大学经济学院教授)` is a byline now, cleaned out of the body:
    # tests/test_bylines.py)
    ("视频发出后，评论区骂声一片，堪称马先生海南大学演讲被丢鞋后又一次滑铁卢。", "马先生"),
    # the neighbours of a bloc in a trade figure are economies, not firms (unseen_post-08.txt)
    ("德国是我在欧盟内的第一大贸易国，一季度我国与德国进出口3553.4亿元，增长3.5%，占我与欧盟贸易规模的27.1%；"
     "同期，与荷兰、法国、意大利进出口规模均超过1000亿元。", "占我"),
    ("李魁文认为，我国与东盟进出口增长，一是《区域全面经济伙伴关系协定》（RCEP）正式生效助力中国与东盟经贸发展。", "生效"),
    # a party congress is a meeting; a name opening a numbered session names the event (unseen_post-09.txt)
    ("此次长沙党代会提出了数字经济占GDP比重超45%的目标。", "党代会"),
    ("9月22日上午，中国共产党长沙市第十四次代表大会在长沙开幕。", "中国共产党"),
    # a generic reference before 报 (reported to) is no newspaper (unseen_page-cx163-45.html)
    ("大连市斑海豹保护区管理局有关人士表示，调整方案正在制定当中，初步的方案在2013年12月已由当地政府报至国务院，"
     "后来有些问题需要不断调整，今年刚形成新的方案，进入专家会提交阶段。", "政府报"),
    # an industry (a sector word of the taxonomy) or a jurisdiction before a suffix says which firms, it names
    # none (fixtures/corpus/sina_hexo-060.txt, fixtures/html/gzggw-1.html)
    ("同时，上海银保监局已将稽核调查中发现的有关小额贷款公司、典当公司、房地产公司及房产经纪公司违规问题线索移交地方政府相关部门，"
     "共同打击房地产市场违规行为。", "房地产公司"),
    ("同时，上海银保监局已将稽核调查中发现的有关小额贷款公司、典当公司、房地产公司及房产经纪公司违规问题线索移交地方政府相关部门，"
     "共同打击房地产市场违规行为。", "经纪公司"),
    ("4月7日，上海银保监局公布辖内商业银行个人住房信贷管理自查和监管稽核调查有关情况。", "商业银行"),
    ("其中第三产业投资完成119.90亿元，同比增长15.2%，位列三县两区第二", "第三产业"),
    # a bracketed letter code is a ticker only after a name (fixtures/corpus/sina_hexo-059.txt, text-023.txt)
    ("《红周刊》：对标美股，以IPO时的Facebook为例，其员工持有的大量无成本的限制性股票单元（RSU）最快都要在上市4年6个月后才能真正归属完毕。",
     "股票单元"),
    ("污水及自来水BOT项目的投资建设、运营；公私合营模式（PPP）参与公共基础设施建设及维护；", "公私合营"),
    # a superlative describes (fixtures/corpus/sina_hexo-058.txt); online banking is a service (fixtures/html/qq-2.html)
    ("工信部最新统计数据显示，截至2021年底，我国累计建成并开通5G基站142.5万个，建成全球最大5G网，我国5G基站总量占全球60%以上。", "5G网"),
    ("一般是通过爬取淘宝、社交网络、网上银行等获取数据。", "网上银行"),
    # a one-character boundary word never opens a name inside a word: 如今 (fixtures/html/163-1.html)
    ("“善待你一生”作为吴亚军“一战成名”的经典广告语，如今却与龙湖多地项目的“连环”爆雷形成了鲜明的对比。", "今却"),
    # 常委 (a standing committee member) is a title, no part of the committee's name (unseen_post-09.txt)
    ("9月22日上午，中国共产党长沙市第十四次代表大会在长沙开幕，由湖南省委常委、长沙市委书记吴桂英向大会作题为《牢记殷切嘱托》的报告", "常委"),
    # 对华 (directed at China) says what an alliance is for, it names none (fixtures/html/huanqiu-1.html)
    ("然而，“德国总理默克尔拒绝出席面对面的G7会议，而俄罗斯几乎肯定会拒绝谴责中国”，这“证明要在短期内建立一个广泛的对华联盟有多么困难”。",
     "联盟"),
    # fixtures/corpus/sina_hexo-005.txt: 互联网 is a generic word, no outlet's name
    ("首先，该公司多年深耕互联网财经资讯场景，积累PC端约1000万DAU和移动端约4000万MAU流量。", "互联网财经"),
]


@pytest.mark.parametrize("sentence, text", NOT_AN_ORGANIZATION)
def test_no_organization_holds(sentence, text):
    assert not [name for name in _orgs(sentence) if text in name]


@pytest.mark.parametrize("sentence, expected", [
    # the neighbours of the rules above are still found
    ("一位不具姓名的央企人士对本报记者说，现在还存在资产证券化率低于30%的央企集团，比如南方电网的资产证券化率仅为0.79%。", ["南方电网"]),
    ("今年6月，郑州与阿里巴巴签署了深化数字城市建设战略合作等协议", ["阿里巴巴"]),
    ("大连市斑海豹保护区管理局有关人士表示，调整方案正在制定当中，初步的方案在2013年12月已由当地政府报至国务院", ["国务院"]),
    ("视频发出后，评论区骂声一片，堪称马先生海南大学演讲被丢鞋后又一次滑铁卢。", ["海南大学"]),
    # a city's people's hospital: place + 人民医院 (fixtures/html/ifeng-1.html, ifeng-2.html)
    ("事发当天下午，赶到学校的小花奶奶、父亲和小刚奶奶，带小花去禹州市人民医院门诊检查。", ["禹州市人民医院"]),
    ("陈校长赶到台江县人民医院， 原来刘明的妻子头天晚上", ["台江县人民医院"]),
])
def test_organizations_beside_them_are_found(sentence, expected):
    found = _orgs(sentence)
    assert all(name in found for name in expected), sorted(found)


def _sectors(text: str) -> list[tuple[str, str]]:
    return [(f["text"], f["name"]) for f in extract_text(text).to_dict()["facts"] if f["type"] == "sector"]


@pytest.mark.parametrize("sentence, mention", [
    # an item of a 、 series is the industry as written, its qualifier included; the sector is the taxonomy's
    # (fixtures/unseen1_posts/articles/unseen_post-09.txt, unseen_post-07.txt)
    ("近年，湖南大力发展数字经济，2020年湖南以数字化和产业化双轮驱动，聚焦5G、移动互联网、工业互联网、软件、信创、大数据、人工智能等领域持续发力。",
     ("移动互联网", "互联网")),
    ("对此，南昌加快布局VR、软件、数字文娱、大数据与云计算、物联网、电子商务、区块链和智慧城市产业八个数字经济重点领域", ("数字文娱", "文娱")),
    ("中短期专注于金属锂电池、全固态电池和钠离子电池等下一代电池研发", ("全固态电池", "电池")),
    # an official name written without its 、 (unseen_post-11.txt)
    ("目前，428家科创板公司属24个行业，其中前三大行业分别是计算机通信和其他电子设备制造业、专用设备制造业、软件和信息技术服务业，分别包含85家、78家、62家公司。",
     ("计算机通信和其他电子设备制造业", "计算机、通信和其他电子设备制造业")),
])
def test_series_item_is_the_sector_as_written(sentence, mention):
    assert mention in _sectors(sentence)


@pytest.mark.parametrize("sentence, word", [
    # a sector word naming a fund, a zone or a body's department is no industry (unseen_post-11.txt,
    # unseen_page-cx163-45.html, unseen_page-cx163-36.html)
    ("广州更是宣布设立1500亿的产业母基金和500亿创投母基金……从南到北，从东到西，不少城市纷纷入局。", "创投"),
    ("环评会非常地敏感，谁也不能保证就一定会通过，因为涉及到国家级生态保护区的问题，主要是指斑海豹保护区。", "生态保护"),
    ("按照《防暑降温措施管理办法》规定，高温津贴标准由省级人力资源社会保障行政部门会同有关部门制定，并根据社会经济发展状况适时调整。", "社会保障"),
    # firms of a list counted with 家 after a qualifier (等超100家): 航天 is part of their names (unseen_post-03.txt)
    ("会上，华为、阿里云、百度、蚂蚁集团等100余户国内数字经济头部企业，安天科技、海邻科、航天恒星、航天云网等超100家省内企业对接交流、追寻良机。",
     "航天"),
])
def test_sector_word_naming_no_industry(sentence, word):
    assert not [text for text, _ in _sectors(sentence) if word in text]


def test_firms_of_a_list_counted_after_a_qualifier():
    # fixtures/unseen1_posts/articles/unseen_post-03.txt
    found = _orgs("会上，华为、阿里云、百度、蚂蚁集团等100余户国内数字经济头部企业，安天科技、海邻科、航天恒星、航天云网等超100家省内企业对接交流、追寻良机。")
    assert {"安天科技", "海邻科", "航天恒星", "航天云网"} <= set(found)


@pytest.mark.parametrize("sentence, expected", [
    # a region's bodies named by 自治区 for the place (fixtures/unseen1_posts/articles/unseen_post-02.txt)
    ("吴忠市1个，吴忠太阳山开发区热电联产项目；自治区卫生健康委1个，自治区疾病控制中心迁建项目；宁夏广播电视台1个，宁夏广播电视传输发射基地迁建项目。",
     {"自治区卫生健康委": None, "自治区疾病控制中心": None}),
    # a city's science and innovation commission (unseen_post-05.txt)
    ("【深圳商报讯】8月17日，深圳市科创委对2020年度企业研究开发资助计划第二批拟资助企业名单进行公示", {"深圳市科创委": "深圳市科技创新委员会"}),
    # a regulator's office is named after its place as written, no city body (fixtures/corpus/sina_hexo-060.txt)
    ("4月7日，上海银保监局公布辖内商业银行个人住房信贷管理自查和监管稽核调查有关情况。", {"上海银保监局": None}),
    # a listed company the segmenter tags as a person's name, opening a bulletin item (unseen_page-stcn-1.html)
    ("伊戈尔：拟1079.6万元收购控股子公司日本伊戈尔少数股权。", {"伊戈尔": None}),
    # a number opening a list item's name (unseen_post-03.txt)
    ("会上，华为、阿里云、百度、蚂蚁集团等100余户国内数字经济头部企业，安天科技、海邻科、航天恒星、航天云网等超100家省内企业对接交流、追寻良机。"
     "分享通信、360集团、腾讯、英特尔等超1000户企业通过网络线上参加活动。", {"360集团": None}),
])
def test_bodies_and_firms_found(sentence, expected):
    found = _orgs(sentence)
    for name, canonical in expected.items():
        assert name in found, (name, sorted(found))
        assert found[name].get("canonical") == canonical


@pytest.mark.parametrize("sentence, name", [
    # a registered name with its place in brackets before the legal form (fixtures/corpus/text-020.txt,
    # fixtures/unseen1_posts/articles/unseen_post-05.txt)
    ("华友钴业(603799)9月29日公告，近日，公司子公司华友新能源科技（衢州）有限公司（简称“衢州新能源”）与LG Energy Solution, Ltd.（简称“LGES”）"
     "签订了《三元前驱体供应协议》。", "华友新能源科技（衢州）有限公司"),
    ("【深圳商报讯】8月17日，深圳市科创委对2020年度企业研究开发资助计划第二批拟资助企业名单进行公示，腾讯科技（深圳）有限公司、"
     "深圳市凯中精密技术股份有限公司、深圳码隆科技有限公司等1180家企业拟获资助，拟资助资金23877.6万元。", "腾讯科技（深圳）有限公司"),
])
def test_registered_name_with_its_place_in_brackets(sentence, name):
    facts = extract_text(sentence).to_dict()["facts"]
    org = next(f for f in facts if f["type"] == "organization" and f["text"] == name)
    assert not [f for f in facts if f["type"] == "sector" and org["start"] <= f["start"] < org["end"]]


def test_full_name_opening_with_the_link_is_the_company():
    # fixtures/corpus/text-020.txt: 恒玄科技（上海）股份有限公司 is the linked company's own name written out
    doc = extract(str(ROOT / "fixtures/corpus/text-020.txt")).to_dict()
    assert {s["code"]: s["in_context"] for s in doc["stocks"]}["688608.SH"] is True
    orgs = {f["text"]: f for f in doc["facts"] if f["type"] == "organization"}
    assert orgs["恒玄科技（上海）股份有限公司"]["stock"] == "688608.SH"


def test_alliance_names_what_it_does():
    # fixtures/unseen1_posts/articles/unseen_post-07.txt: an alliance's name may hold a verb (创新) after its own
    # name, as a registered name may; the listed 中国动力 inside it is no mention of that company
    found = _orgs("在市场方面，7月9日，中国动力电池产业创新联盟最新发布的数据显示，今年上半年，我国动力电池产量累计达到74.7GWh，同比增长217.5%；"
                  "累计装车量为52.5GWh，同比上升200.3%；其中宁德时代动力电池的装车量达到了25.76GWh，市场占比49.1%。")
    assert "中国动力电池产业创新联盟" in found and "中国动力" not in found


def test_links_are_judged_against_the_one_name_that_can_hold_them():
    # outside_names looks up the organization that opens at or before each link (the names never overlap), so a
    # page with thousands of links and names costs n log n, not links × names; the judgement is the same
    from types import SimpleNamespace

    from newsfacts.document import Stock
    from newsfacts.extractors.stocks import outside_names

    text = "宁夏金晶科技有限公司、华安证券股份有限公司和金晶科技"        # names of fixtures/unseen1_posts and corpus
    org = lambda name, at: SimpleNamespace(type="organization", start=at, end=at + len(name), text=name)  # noqa: E731
    link = lambda name, code, at: SimpleNamespace(name=name, code=code, start=at, end=at + len(name))  # noqa: E731
    facts = [org("宁夏金晶科技有限公司", 0), org("华安证券股份有限公司", 11), org("金晶科技", 22)]
    inside, own, alone = link("金晶科技", "600586.SH", 2), link("华安证券", "600909.SH", 11), link("金晶科技", "600586.SH", 22)
    assert all(text[f.start:f.end] == f.text for f in facts) and all(text[k.start:k.end] == k.name for k in (inside, own, alone))
    stocks = [Stock("600586.SH", "金晶科技"), Stock("600909.SH", "华安证券")]
    assert outside_names(stocks, [inside, own], facts) == [own]
    assert [s.in_context for s in stocks] == [False, True]
    assert outside_names([Stock("600586.SH", "金晶科技")], [inside, alone], facts) == [alone]
