package cn.safetymonth.quiz;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface QuickQuestionMapper extends BaseMapper<QuickQuestionEntity> {
}
