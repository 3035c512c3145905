<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" hasScaleBasedVisibilityFlag="0" version="3.22.16-Białowieża" minScale="1e+08" styleCategories="AllStyleCategories">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal fetchMode="0" enabled="0" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option type="QString" value="Value" name="identify/format"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour" maxOversampling="2" enabled="false"/>
    </provider>
    <rasterrenderer nodataColor="" type="paletted" alphaBand="-1" opacity="1" band="1">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry color="#c8c8c8" value="0" label="0 Non-vegetated" alpha="255"/>
        <paletteEntry color="#05450a" value="1" label="1 Evergreen needleleaf forest" alpha="255"/>
        <paletteEntry color="#086a10" value="2" label="2 Evergreen broadleaf forest" alpha="255"/>
        <paletteEntry color="#54a708" value="3" label="3 Deciduous needleleaf forest" alpha="255"/>
        <paletteEntry color="#78d203" value="4" label="4 Deciduous broadleaf forest" alpha="255"/>
        <paletteEntry color="#009900" value="5" label="5 Mixed needleleaf-broadleaf forest" alpha="255"/>
        <paletteEntry color="#c6b044" value="6" label="6 Shrubland" alpha="255"/>
        <paletteEntry color="#b6ff05" value="7" label="7 Grassland / herbaceous wetland" alpha="255"/>
        <paletteEntry color="#ffd37f" value="8" label="8 Cropland" alpha="255"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation colorizeGreen="128" colorizeStrength="100" colorizeRed="255" invertColors="0" saturation="0" grayscaleMode="0" colorizeOn="0" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
