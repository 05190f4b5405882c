/**
 * Chinese family names in Hanyu Pinyin (lower case): a name that opens with one is written family name
 * first (`Tan Wei`, `Wang Jianrong`), so its first word is no given name whatever an English list of given
 * names says (`Tan`, `Wang`, `Chen` are in it). The commonest family names of mainland China (the Ministry
 * of Public Security's household-register counts as reported by Xinhua), plus the Wade-Giles and Cantonese
 * spellings wire copy uses. Data only.
 *
 * @module
 */

export const chineseFamilyNames: readonly string[] = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu',
  'guo', 'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng',
  'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu',
  'ding', 'ren', 'shen', 'yao', 'fan', 'fang', 'shi', 'tan', 'liao', 'zou', 'xiong', 'jin', 'hao', 'kong', 'bai',
  'cui', 'kang', 'mao', 'qiu', 'qin', 'gu', 'hou', 'shao', 'meng', 'long', 'wan', 'duan', 'lei', 'qian', 'yin',
  'yi', 'chang', 'qiao', 'lai', 'gong', 'wen', 'lo', 'chan', 'wong', 'leung', 'cheung', 'lau', 'ho', 'ng', 'tse',
  'chow', 'kwok', 'lam', 'chiang', 'hsu', 'chao', 'teng'
]
