package org.masthead.parse;

import java.util.Set;

/**
 * Chinese family names: the two hundred or so most common single-character ones, which between them name
 * nearly every reporter, and the compound ones still in use. A name starts with one of these, the words of a
 * page (要闻, 短评, 专版) do not; that tells a reporter's name set apart on a line of its own from a heading.
 */
final class Surnames {
    private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘"
            + "袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎"
            + "史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施洪辛柯庄樊祝葛左关牛翟温伍耿骆房甘焦俞聂章鲁"
            + "苗殷申倪凌岳齐梅童阮毕霍路兰涂谷盛季单包裴游舒柳鲍尚时车邢项米祁成戚解宁靳卜安宫翁冉曲蒙麦艾吉喻"
            + "饶滕卓蓝边封岑褚华郎鄢仇池商屈窦沙邝卫虞符简古纪练寇景晏司巫蒲冷桂花丛缪湛狄宗刁卞应柴闻占揭农"
            + "党穆谈幸芦隋阳迟郁全楚佘尤晋谌敖储栾";
    private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容",
            "尉迟", "公孙", "夏侯", "端木", "司徒", "长孙", "宇文", "轩辕", "澹台", "呼延");

    private Surnames() {
    }

    /** The length of the family name the text starts with (1 or 2), or 0 when it starts with none. */
    static int at(String text) {
        if (text.length() >= 2 && COMPOUND.contains(text.substring(0, 2))) {
            return 2;
        }
        return !text.isEmpty() && SINGLE.indexOf(text.charAt(0)) >= 0 ? 1 : 0;
    }
}
