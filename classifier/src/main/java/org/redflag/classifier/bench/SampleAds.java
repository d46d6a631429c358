package org.redflag.classifier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.redflag.classifier.AdText;

/**
 * Synthetic job ads of 1 to 3 KB for the benchmark when no real data file is given: sentences drawn with a fixed seed
 * from pools of ordinary and suspicious English and Chinese job-ad sentences (about one ad in five in Chinese).
 */
public final class SampleAds {
    private static final String[] EN = {
        "We are looking for a motivated team member to join our growing company.",
        "Responsibilities include answering customer questions by phone and e-mail and keeping records up to date.",
        "The successful candidate will have at least two years of experience in a similar role.",
        "We offer a competitive salary, health insurance, paid holidays and a pension plan.",
        "Free accommodation and meals are provided for the whole season, flights reimbursed after the contract.",
        "No experience needed, full training will be given on arrival.",
        "Urgent hiring for customer service and typing staff in Sihanoukville, Cambodia, salary $2000 per month.",
        "Contact our recruiter on Telegram @jobs_team or WhatsApp +855 12 345 678 for details.",
        "Please send your CV and a cover letter to careers@example.com before the closing date.",
        "The position is based in our Leeds office with two days of remote work per week.",
        "Applicants must be authorised to work in the country; we sponsor visas for qualified nurses.",
        "A recruitment fee of $500 is required to reserve your place, deducted later from your salary.",
    };
    private static final String[] ZH = {
        "公司因业务发展需要，现招聘客服专员若干名，要求沟通能力强，有责任心。",
        "提供员工宿舍，缴纳五险一金，周末双休，带薪年假。",
        "柬埔寨西港高薪招聘打字员，月薪过万，包吃包住，报销机票，无需经验。",
        "有意者请将简历发送至 hr@example.cn，或加微信 job_8899 详聊。",
        "工作地点：广州市天河区，交通便利，薪资面议。",
        "急招，名额有限，先交押金占位，加飞机联系。",
    };

    private SampleAds() {
    }

    public static List<AdText> generate(int count, long seed) {
        Random random = new Random(seed);
        List<AdText> ads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean chinese = random.nextInt(5) == 0;
            String[] pool = chinese ? ZH : EN;
            int target = chinese ? 400 + random.nextInt(600) : 1024 + random.nextInt(2048);
            StringBuilder text = new StringBuilder();
            while (text.length() < target) {
                text.append(pool[random.nextInt(pool.length)]).append(chinese ? "" : " ");
            }
            ads.add(AdText.of("sample-" + i, chinese ? "招聘客服" : "Customer service staff", text.toString()));
        }
        return ads;
    }
}
